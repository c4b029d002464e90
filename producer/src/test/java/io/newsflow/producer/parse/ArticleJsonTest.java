package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;

class ArticleJsonTest {

    @Test
    void shouldUseEverySchemaFieldNameWhenRenderingAnArticle() {
        Article a = Article.newBuilder().setArticleId("txt:1").setTitle("T").setIngestedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setBody(List.of(new BodyBlock(BlockKind.HEADING, "H"))).setAuthors(List.of("Jane Doe")).build();
        ObjectNode json = ArticleJson.render(a);
        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyElementsOf(Article.getClassSchema().getFields().stream().map(Schema.Field::name).toList());
        assertThat(json.get("ingestedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(json.get("publishedAt").isNull()).isTrue();
        assertThat(json.get("body").get(0).get("kind").asText()).isEqualTo("HEADING");
        assertThat(json.get("articleType").asText()).isEqualTo("UNKNOWN");
        json.put("wordCount", 3);
        assertThat(ArticleJson.toJsonLine(a)).doesNotContain("\n").startsWith("{\"articleId\":\"txt:1\"");
    }
}
