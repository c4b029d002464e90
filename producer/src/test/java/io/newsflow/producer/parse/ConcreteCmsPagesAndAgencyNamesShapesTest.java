package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-thirty-fifth held-out round (x1443-x1448), on other inputs: a page as Concrete CMS's
 * REST API gives it (content blocks in areas, facts as attributes named by handles); a news agency's name written out
 * in its own language's order under a logo that is not its initials ("Agência Angola Press" under "ANGOP").
 */
class ConcreteCmsPagesAndAgencyNamesShapesTest {

    @Test
    void shouldReadAConcreteCmsPagesMainAreaAndAttributes() {
        Article a = file("{\"data\": {\"id\": 7, \"path\": \"/news/bridge\", \"name\": \"Old bridge closes to cars\", \"date_added\":"
                + " \"2026-12-05 09:14:00\", \"custom_attributes\": [{\"handle\": \"news_author\", \"value\": \"Ana Ruiz\"}, {\"handle\":"
                + " \"news_topic\", \"value\": [\"Transport\"]}], \"areas\": [{\"name\": \"Main\", \"blocks\": [{\"type\": \"content\","
                + " \"value\": \"" + HTML_BODY + "\"}]}, {\"name\": \"Sidebar\", \"blocks\": [{\"type\": \"content\", \"value\":"
                + " \"<p>Market hall reopens on Saturday after its new roof is finished.</p>\"}]}]}}", "page.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T09:14:00Z"));
        assertThat(allText(a)).doesNotContain("Market hall");
    }

    @Test
    void shouldTakeAnAgencysNameWrittenOutInItsOwnLanguageUnderItsLogo() {
        Article a = parse("VALOP\nAgência Vale Press\n\nHome | Politics | Economy\n\nOld bridge closes to cars\n\n"
                + "December 5, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Agência Vale Press");
    }
}
