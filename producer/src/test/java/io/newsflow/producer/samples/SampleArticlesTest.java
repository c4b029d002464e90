package io.newsflow.producer.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.ParseOutcome;

class SampleArticlesTest {

    @Test
    void shouldParseEveryBundledSampleWithoutRejectionWhenLoadedFromTheClasspath() {
        List<Article> articles = new ArrayList<>();
        for (InputDocument doc : SampleArticles.documents(Instant.parse("2026-01-01T00:00:00Z"))) {
            for (ParseOutcome o : new ArticleParser().parse(doc)) {
                assertThat(o).as(doc.origin()).isInstanceOf(ParseOutcome.Parsed.class);
                articles.add(((ParseOutcome.Parsed) o).article());
            }
        }
        assertThat(SampleArticles.names()).hasSize(10);
        assertThat(articles).extracting(Article::getInputFormat).contains(InputFormat.TEXT, InputFormat.JSON, InputFormat.HTML,
                InputFormat.RSS, InputFormat.ATOM);
        // the exact-duplicate pair shares an id; the near-duplicate republication pair does not
        Article ferry = find(articles, "s01-ferry-sailing.txt");
        Article ferryMirror = find(articles, "s02-ferry-sailing-mirror.txt");
        assertThat(ferryMirror.getArticleId()).isEqualTo(ferry.getArticleId());
        Article glacier = find(articles, "s03-svalbard-glaciers.txt");
        Article glacierSyndicated = find(articles, "s04-svalbard-glaciers-syndicated.txt");
        assertThat(glacierSyndicated.getArticleId()).isNotEqualTo(glacier.getArticleId());
        assertThat(glacierSyndicated.getSource()).isEqualTo(glacier.getSource());
    }

    private static Article find(List<Article> articles, String name) {
        return articles.stream().filter(a -> a.getOrigin().equals("sample:" + name)).findFirst().orElseThrow();
    }
}
