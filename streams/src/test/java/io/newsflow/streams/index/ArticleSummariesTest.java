package io.newsflow.streams.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.DuplicateMethod;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.IndexedArticle;
import io.newsflow.avro.IndexedArticleStatus;
import io.newsflow.avro.Keyword;
import io.newsflow.avro.Tone;
import io.newsflow.streams.topology.TestArticles;
import org.junit.jupiter.api.Test;

class ArticleSummariesTest {
    private static final Instant INGESTED = Instant.parse("2024-10-07T08:00:00Z");

    private static Article article(String id) {
        Article a = TestArticles.article(id, "Title of " + id, "Body of " + id);
        a.setSource("Example News");
        a.setUrl("https://news.example/" + id);
        return a;
    }

    private static EnrichedArticle enriched(Article article) {
        return EnrichedArticle.newBuilder().setArticle(article).setWordCount(42).setEnrichedAt(INGESTED)
            .setEnrichmentVersion("test").setLanguage("en")
            .setEntities(List.of(new Entity("Rotterdam", EntityType.LOCATION, 3, "NL")))
            .setKeywords(List.of(new Keyword("strike", 1.5))).setTone(new Tone(2.0, 3.0, -1.0)).build();
    }

    private static DuplicateDetected duplicate(String id, String of, boolean retrospective) {
        return DuplicateDetected.newBuilder().setArticleId(id).setDuplicateOf(of).setMethod(DuplicateMethod.NEAR)
            .setHammingDistance(2).setSimilarity(0.8).setDetectedAt(INGESTED).setSource("Other News")
            .setEventTime(INGESTED.plusSeconds(5)).setDuplicateOfEventTime(INGESTED).setContentHash("h2")
            .setDuplicateOfContentHash("h1").setRetrospective(retrospective).build();
    }

    @Test
    void shouldIndexPendingEntryWhenRawArticleIsNew() {
        IndexedArticle entry = ArticleSummaries.withRaw(null, article("a1"));

        assertThat(entry.getStatus()).isEqualTo(IndexedArticleStatus.PENDING);
        assertThat(entry.getTitle()).isEqualTo("Title of a1");
        assertThat(entry.getUrl()).isEqualTo("https://news.example/a1");
        assertThat(entry.getIngestedAt()).isEqualTo(INGESTED);
        assertThat(entry.getWordCount()).isNull();
    }

    @Test
    void shouldKeepPublishedEntryWhenRawRevisionArrives() {
        IndexedArticle published = ArticleSummaries.withEnriched(null, enriched(article("a1")));

        assertThat(ArticleSummaries.withRaw(published, article("a1"))).isNull();
    }

    @Test
    void shouldCopyEnrichmentWhenEnrichedArticleArrives() {
        IndexedArticle pending = ArticleSummaries.withRaw(null, article("a1"));
        IndexedArticle entry = ArticleSummaries.withEnriched(pending, enriched(article("a1")));

        assertThat(entry.getStatus()).isEqualTo(IndexedArticleStatus.UNIQUE);
        assertThat(entry.getLanguage()).isEqualTo("en");
        assertThat(entry.getWordCount()).isEqualTo(42);
        assertThat(entry.getEntities()).singleElement().satisfies(e -> {
            assertThat(e.getName()).isEqualTo("Rotterdam");
            assertThat(e.getType()).isEqualTo("LOCATION");
            assertThat(e.getMentions()).isEqualTo(3);
        });
        assertThat(entry.getKeywords()).singleElement().satisfies(k -> assertThat(k.getTerm()).isEqualTo("strike"));
        assertThat(entry.getTone().getPolarity()).isEqualTo(-1.0);
        assertThat(entry.getDuplicateOf()).isNull();
    }

    @Test
    void shouldMarkDuplicateKeepingTitleWhenDecisionArrivesAfterRaw() {
        IndexedArticle pending = ArticleSummaries.withRaw(null, article("a2"));
        IndexedArticle entry = ArticleSummaries.withDuplicate(pending, duplicate("a2", "a1", false));

        assertThat(entry.getStatus()).isEqualTo(IndexedArticleStatus.DUPLICATE);
        assertThat(entry.getTitle()).isEqualTo("Title of a2");
        assertThat(entry.getDuplicateOf().getArticleId()).isEqualTo("a1");
        assertThat(entry.getDuplicateOf().getMethod()).isEqualTo("NEAR");
        assertThat(entry.getDuplicateOf().getSimilarity()).isEqualTo(0.8);
    }

    @Test
    void shouldMarkPublishedArticleWhenRetrospectiveCorrectionArrives() {
        IndexedArticle published = ArticleSummaries.withEnriched(null, enriched(article("a2")));
        IndexedArticle corrected = ArticleSummaries.withDuplicate(published, duplicate("a2", "a1", true));

        assertThat(corrected.getStatus()).isEqualTo(IndexedArticleStatus.DUPLICATE);
        assertThat(corrected.getWordCount()).isEqualTo(42);
        // and a correction read before the enriched record it corrects is not lost
        IndexedArticle early = ArticleSummaries.withDuplicate(null, duplicate("a2", "a1", true));
        assertThat(ArticleSummaries.withEnriched(early, enriched(article("a2"))).getStatus()).isEqualTo(IndexedArticleStatus.DUPLICATE);
    }

    @Test
    void shouldIndexDecisionAloneWhenRawArticleWasNotSeen() {
        IndexedArticle entry = ArticleSummaries.withDuplicate(null, duplicate("a2", "a1", false));

        assertThat(entry.getTitle()).isNull();
        assertThat(entry.getSource()).isEqualTo("Other News");
        assertThat(entry.getIngestedAt()).isEqualTo(INGESTED.plusSeconds(5));
    }

    @Test
    void shouldIgnoreDecisionWhenSameArticleIsIngestedAgainUnchanged() {
        IndexedArticle published = ArticleSummaries.withEnriched(null, enriched(article("a1")));

        assertThat(ArticleSummaries.withDuplicate(published, duplicate("a1", "a1", false))).isNull();
    }
}
