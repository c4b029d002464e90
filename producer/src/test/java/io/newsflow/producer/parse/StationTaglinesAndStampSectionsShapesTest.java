package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighteenth held-out round (x1341-x1346), and the sixteenth's last miss, on other
 * inputs: a station's "PNG's Home of News" under its name, over a menu with "Watch Live", and again after the name at
 * the page's end (EMTV's); "Be the first to comment" under the story (Solomon Times's); a section's label in a block of
 * its own between the stamp and the text (the Yukon News's).
 */
class StationTaglinesAndStampSectionsShapesTest {

    @Test
    void shouldTakeTheNameOverAHomeOfNewsTaglineForTheOutlet() {
        Article a = parse("Coral Coast TV\nFiji's Home of News\n\nNews   Sports   Business   Entertainment   Watch Live\n\n"
                + "Harbour ferry adds winter sailings\n\nAuthor: Mele Taufa\nPublished: 01 December 2026, 9:10 am\n\n" + BODY
                + "\n\nCoral Coast TV | Fiji's Home of News");
        assertThat(a.getSource()).isEqualTo("Coral Coast TV");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Home of News");
    }

    @Test
    void shouldDropAnEmptyThreadsPromptToBeTheFirstToComment() {
        Article a = parse("Harbour ferry adds winter sailings\n\n" + BODY + "\n\nBy Mele Taufa\n\nComments\nBe the first to comment");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("first to comment");
    }

    @Test
    void shouldReadASectionsLabelBetweenTheStampAndTheText() {
        Article local = parse("Harbour ferry adds winter sailings\n\nMele Taufa\nDec. 1, 2026 9:10 a.m.\n\nLocal News\n\n" + BODY);
        Article news = parse("Harbour ferry adds winter sailings\n\nMele Taufa\nDec. 1, 2026 9:10 a.m.\n\nNews\n\n" + BODY);
        assertThat(local.getSection()).isEqualTo("Local News");
        assertThat(local.getLead()).startsWith("The council voted");
        assertThat(news.getSection()).isEqualTo("News");
        assertThat(news.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldKeepAShortStandfirstBetweenTheStampAndTheText() {
        Article a = parse("Harbour ferry adds winter sailings\n\nMele Taufa\nDec. 1, 2026 9:10 a.m.\n\nTwo more boats a day\n\n" + BODY);
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).contains("Two more boats a day");
    }
}
