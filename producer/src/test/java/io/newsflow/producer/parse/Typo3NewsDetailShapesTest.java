package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-thirty-third held-out round (x1431-x1436), on other inputs: a TYPO3 news record as
 * its headless API gives it, its date as {@code datetime} in epoch seconds and its writer as {@code {"author": ...,
 * "authorEmail": ...}}.
 */
class Typo3NewsDetailShapesTest {

    @Test
    void shouldReadATypo3NewsRecordsDateAndWriter() {
        Article a = file("{\"id\": 1, \"type\": \"news_detail\", \"newsDetail\": {\"title\": \"Old bridge closes to cars\", \"bodytext\": \""
                + HTML_BODY + "\", \"datetime\": 1796457600, \"author\": {\"author\": \"Ana Ruiz\", \"authorEmail\": \"ana@valley.example\"},"
                + " \"categories\": [{\"title\": \"Verkehr\"}]}}", "news.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T08:00:00Z"));
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }
}
