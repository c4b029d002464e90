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
 * Shapes met in the two-hundred-and-twenty-ninth held-out round (x1407-x1412), on other inputs: Enonic's content through
 * its GraphQL API; a theme's date of the day and view counter in the page (Sahifa's); a menu parted by dashes, a section
 * and the day in one line, the site's own address credited (GhanaWeb's); a name alone over a menu bar and a blanket
 * disclaimer (Modern Ghana's).
 */
class WestAfricanPagesAndEnonicContentShapesTest {

    @Test
    void shouldReadEnonicsContentAsOneRecord() {
        Article a = file("{\"data\": {\"guillotine\": {\"get\": {\"_path\": \"/site/news/bridge\", \"displayName\": \"Old bridge closes to cars\","
                + " \"publish\": {\"from\": \"2026-12-01T06:30:00Z\"}, \"data\": {\"body\": {\"processedHtml\": \"" + HTML_BODY + "\"},"
                + " \"author\": {\"displayName\": \"Ana Ruiz\"}, \"tags\": [\"Roads\"]}}}}}", "enonic.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-01T06:30:00Z"));
    }

    @Test
    void shouldNotDateTheStoryByTheThemesDateOfTheDay() {
        Article a = file("<html><body><div class=\"today-date\">Saturday , 6 December 2026</div><article><h1>Old bridge closes to cars</h1>"
                + "<p class=\"post-meta\"><span class=\"tie-date\">December 1, 2026</span><span class=\"post-views\">312 Views</span></p>"
                + HTML_BODY + "</article></body></html>", "page.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("Views");
    }

    @Test
    void shouldReadADashedMenuASectionOfTheDayAndKeepTheNameOverItsAddress() {
        Article a = parse("ValleyWeb\n\nHome - News - Business - Sports - Entertainment - Africa\n\nRegional News of Monday, 1 December 2026\n\n"
                + "Source: www.valleyweb.com\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSection()).isEqualTo("Regional News");
        assertThat(a.getSource()).isEqualTo("ValleyWeb");
    }

    @Test
    void shouldTakeANameAloneOverAMenuBarAndDropABlanketDisclaimer() {
        Article a = parse("Modern Valley\n\nNews | Business | Sports | Opinion | Video\n\nOld bridge closes to cars\n\n" + BODY
                + "\n\nDisclaimer: \"The views/contents expressed in this article are the sole responsibility of the author(s).\"");
        assertThat(a.getSource()).isEqualTo("Modern Valley");
        assertThat(allText(a)).doesNotContain("Disclaimer");
    }
}
