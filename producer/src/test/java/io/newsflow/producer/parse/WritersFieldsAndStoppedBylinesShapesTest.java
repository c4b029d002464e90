package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twelfth held-out round (x1305-x1310), on other inputs: a content system's "writer"
 * (microCMS's); a byline with a full stop after the name (the Libya Herald's), which is no sentence.
 */
class WritersFieldsAndStoppedBylinesShapesTest {

    @Test
    void shouldReadTheWriterField() {
        Article a = file("{\"contents\": [{\"id\": \"k3x9\", \"publishedAt\": \"2026-11-30T00:00:00.000Z\", \"title\": \"" + HEADLINE
                + "\", \"content\": \"<p>" + BODY.replace("\n\n", "</p><p>") + "</p>\", \"writer\": {\"id\": \"w1\", \"name\": \"Aiko Tanaka\"}}],"
                + " \"totalCount\": 1}", "contents.json");
        assertThat(a.getAuthors()).containsExactly("Aiko Tanaka");
    }

    @Test
    void shouldReadABylineWithAFullStopAfterTheName() {
        Article a = parse(HEADLINE + "\n\nBy Sami Zaptia.\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Sami Zaptia");
        assertThat(allText(a)).doesNotContain("Zaptia");
    }

    @Test
    void shouldKeepASentenceThatOpensWithByAsText() {
        Article a = parse(HEADLINE + "\n\nBy the end of the year, prices rose.\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("By the end of the year");
    }
}
