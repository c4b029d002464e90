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
 * Shapes met in the two-hundred-and-forty-third held-out round (x1491-x1496), on other inputs: an AEM content fragment
 * from its Assets API (its elements typed values under {@code properties}, a topic a list); a paper's news service named
 * by the masthead's last word ("Observer News Service" under Kashmir Observer).
 */
class AemFragmentsAndNewsServicesShapesTest {

    @Test
    void shouldReadAnAemContentFragmentsElements() {
        Article a = file("{\"class\": [\"content/fragment\"], \"properties\": {\"title\": \"Old bridge closes to cars\", \"elements\": {\"byline\":"
                + " {\":type\": \"string\", \"dataType\": \"string\", \"title\": \"Byline\", \"value\": \"Ana Ruiz\"}, \"publishDate\": {\":type\":"
                + " \"calendar\", \"title\": \"Publish Date\", \"value\": \"2026-12-05T08:30:00.000Z\"}, \"topic\": {\":type\": \"string[]\","
                + " \"title\": \"Topic\", \"multiValue\": true, \"value\": [\"Transport\"]}, \"main\": {\":type\": \"text/html\", \"title\": \"Main\","
                + " \"value\": \"" + HTML_BODY + "\"}}}}", "fragment.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T08:30:00Z"));
    }

    @Test
    void shouldReadANewsServiceNamedByTheMastheadsLastWordAsThePaper() {
        Article a = parse("Valley Observer\nThe valley's leading daily\n\nHome | Valley | World | Sports\n\nOld bridge closes to cars\n\n"
                + "Observer News Service\nRiverside, December 5, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valley Observer");
    }
}
