package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.DuplicateMethod;
import io.newsflow.avro.IndexedArticle;
import io.newsflow.avro.IndexedArticleStatus;
import io.newsflow.avro.IndexedDuplicate;
import io.newsflow.avro.IndexedEntity;
import io.newsflow.avro.IndexedKeyword;
import io.newsflow.avro.IndexedTone;
import org.junit.jupiter.api.Test;

/** The articles' JSON: the contract's field names, ISO-8601 instants, nulls kept, newest first. */
class ArticleJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant INGESTED = Instant.parse("2026-11-29T17:00:00Z");

    private static IndexedArticle unique(String id, Instant ingestedAt) {
        return IndexedArticle.newBuilder().setArticleId(id).setStatus(IndexedArticleStatus.UNIQUE).setTitle("Title " + id)
            .setSource("Example News").setUrl("https://news.example/" + id).setLanguage("en")
            .setPublishedAt(Instant.parse("2026-11-29T08:30:00Z")).setIngestedAt(ingestedAt).setWordCount(120)
            .setEntities(List.of(new IndexedEntity("Rotterdam", "LOCATION", 2)))
            .setKeywords(List.of(new IndexedKeyword("strike", 0.75))).setTone(new IndexedTone(1.5, 2.5, -1.0)).build();
    }

    @Test
    void shouldWriteDetailWithContractFieldsWhenArticleIsUnique() throws Exception {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(ArticleJson.detail(unique("a1", INGESTED))));

        assertThat(json.fieldNames()).toIterable().containsExactly("articleId", "title", "source", "url", "language", "publishedAt",
            "ingestedAt", "wordCount", "entities", "keywords", "tone", "duplicateOf");
        assertThat(json.get("ingestedAt").asText()).isEqualTo("2026-11-29T17:00:00Z");
        assertThat(json.get("publishedAt").asText()).isEqualTo("2026-11-29T08:30:00Z");
        assertThat(json.at("/entities/0/name").asText()).isEqualTo("Rotterdam");
        assertThat(json.at("/entities/0/type").asText()).isEqualTo("LOCATION");
        assertThat(json.at("/entities/0/mentions").asInt()).isEqualTo(2);
        assertThat(json.at("/keywords/0/term").asText()).isEqualTo("strike");
        assertThat(json.at("/keywords/0/score").asDouble()).isEqualTo(0.75);
        assertThat(json.at("/tone/polarity").asDouble()).isEqualTo(-1.0);
        assertThat(json.get("duplicateOf").isNull()).isTrue();
    }

    @Test
    void shouldMarkDuplicateWithOriginalWhenArticleIsDuplicate() throws Exception {
        IndexedArticle duplicate = IndexedArticle.newBuilder(unique("a2", INGESTED)).setStatus(IndexedArticleStatus.DUPLICATE)
            .setDuplicateOf(new IndexedDuplicate("a1", "NEAR", 0.82)).build();

        JsonNode detail = JSON.valueToTree(ArticleJson.detail(duplicate));
        assertThat(detail.at("/duplicateOf/articleId").asText()).isEqualTo("a1");
        assertThat(detail.at("/duplicateOf/method").asText()).isEqualTo("NEAR");
        assertThat(detail.at("/duplicateOf/similarity").asDouble()).isEqualTo(0.82);
        JsonNode item = JSON.valueToTree(ArticleJson.item(duplicate));
        assertThat(item.fieldNames()).toIterable().containsExactly("articleId", "title", "source", "url", "language", "publishedAt",
            "ingestedAt", "duplicateOf", "method");
        assertThat(item.get("duplicateOf").asText()).isEqualTo("a1");
        assertThat(item.get("method").asText()).isEqualTo("NEAR");
    }

    @Test
    void shouldTitleDuplicateEventFromParsedArticleWhenItIsKnown() {
        DuplicateDetected decision = DuplicateDetected.newBuilder().setArticleId("a2").setDuplicateOf("a1")
            .setMethod(DuplicateMethod.EXACT).setHammingDistance(0).setSimilarity(1.0).setDetectedAt(INGESTED)
            .setSource("Other News").setEventTime(INGESTED).setDuplicateOfEventTime(INGESTED).setContentHash("h")
            .setDuplicateOfContentHash("h").build();
        Article parsed = Article.newBuilder().setArticleId("a2").setTitle("Copied story").setUrl("https://other.example/a2")
            .setIngestedAt(INGESTED.minusSeconds(1)).build();

        ArticleJson.Item known = ArticleJson.item(decision, parsed);
        assertThat(known.title()).isEqualTo("Copied story");
        assertThat(known.url()).isEqualTo("https://other.example/a2");
        assertThat(known.ingestedAt()).isEqualTo("2026-11-29T16:59:59Z");
        assertThat(known.duplicateOf()).isEqualTo("a1");
        assertThat(known.method()).isEqualTo("EXACT");
        ArticleJson.Item unknown = ArticleJson.item(decision, null);
        assertThat(unknown.title()).isNull();
        assertThat(unknown.source()).isEqualTo("Other News");
    }

    @Test
    void shouldMergeInstancesNewestFirstAndCutToLimitWhenPagesAreGathered() {
        ArticleJson.Page a = new ArticleJson.Page(List.of(ArticleJson.item(unique("a3", INGESTED.plusSeconds(30))),
            ArticleJson.item(unique("a1", INGESTED))));
        ArticleJson.Page b = new ArticleJson.Page(List.of(ArticleJson.item(unique("b2", INGESTED.plusMillis(10_500)))));

        assertThat(ArticleJson.merge(List.of(a, b), 2).articles()).extracting(ArticleJson.Item::articleId).containsExactly("a3", "b2");
    }

    @Test
    void shouldReadItsOwnJsonWhenAPeerSendsIt() throws Exception {
        ArticleJson.Page page = new ArticleJson.Page(List.of(ArticleJson.item(unique("a1", INGESTED))));

        assertThat(JSON.readValue(JSON.writeValueAsString(page), ArticleJson.Page.class)).isEqualTo(page);
    }
}
