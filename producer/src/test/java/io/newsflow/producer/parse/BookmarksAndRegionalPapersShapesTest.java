package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-forty-fourth held-out round (x1497-x1502), on other inputs: a read-later bookmark as
 * Karakeep keeps it (the saved page under {@code content}, the reader's tags and save time beside it); a paper's kind and
 * region under its name ("Zeitung für Oberschwaben").
 */
class BookmarksAndRegionalPapersShapesTest {

    @Test
    void shouldReadAKarakeepBookmarksSavedPageAndNotTheReadersFields() {
        Article a = file("{\"id\": \"ie1\", \"createdAt\": \"2026-12-06T07:14:22Z\", \"title\": null, \"favourited\": true, \"taggingStatus\":"
                + " \"success\", \"tags\": [{\"name\": \"to-read\", \"attachedBy\": \"human\"}], \"content\": {\"type\": \"link\", \"url\":"
                + " \"https://valley.example/bridge\", \"title\": \"Old bridge closes to cars\", \"htmlContent\": \"" + HTML_BODY + "\", \"author\":"
                + " \"Ana Ruiz\", \"publisher\": \"Valley Times\", \"datePublished\": \"2026-12-05T16:00:00Z\"}}", "bookmark.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("Valley Times");
        assertThat(a.getSection()).isNull();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T16:00:00Z"));
    }

    @Test
    void shouldReadAPapersKindAndRegionUnderItsNameAsItsTagline() {
        Article a = parse("Talbote\nZeitung für das Obere Tal\n\nStartseite > Region > Neue Buslinie verbindet Weststadt und Bahnhof\n\n"
                + "Neue Buslinie verbindet Weststadt und Bahnhof\n\n05.12.2026, 17:30 Uhr\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Talbote");
    }
}
