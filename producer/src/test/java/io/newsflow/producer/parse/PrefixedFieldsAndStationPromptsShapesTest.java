package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-third held-out round (x1251-x1256), on other inputs: a record whose names its kind
 * prefixes (NewsBlur's "story_title"); Drupal Thunder's channel field; "Home News", a section's name and no trail; a
 * station's prompt to its live stream.
 */
class PrefixedFieldsAndStationPromptsShapesTest {

    private static final String JSON_BODY = "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>";

    @Test
    void shouldReadARecordsFieldsWhenItsKindPrefixesTheirNames() {
        Article a = file("{\"stories\": [{\"story_authors\": \"Priya Raman\", \"story_date\": \"2026-11-30 11:31:00\", \"story_tags\":"
                + " [\"Transport\"], \"story_title\": \"" + HEADLINE + "\", \"story_content\": \"" + JSON_BODY + "\", \"read_status\": 0}],"
                + " \"result\": \"ok\"}", "stories.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Priya Raman");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T11:31:00Z"));
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldLeaveAPrefixedFieldAloneWhenTheRecordHasItsOwnTitle() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"post_title\": \"Another headline\", \"post_type\": \"news\", \"post_status\":"
                + " \"publish\", \"content\": \"" + JSON_BODY + "\"}", "record.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldReadTheSectionFromADrupalChannelField() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><div class=\"field field--name-field-channel\">"
                + "<a href=\"/region\">Region</a></div><h1>" + HEADLINE + "</h1>" + HTML_BODY + "</article></body></html>", "node.html");
        assertThat(a.getSection()).isEqualTo("Region");
    }

    @Test
    void shouldKeepHomeNewsAsTheSectionsName() {
        Article a = parse("Kilbrannan Radio\nNews\nSport\nWeather\nTravel\n\nKilbrannan Radio\nHome News\n\n" + HEADLINE
                + "\n\nFriday, 27 November 2026 15:42\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Home News");
    }

    @Test
    void shouldDropAStationsPromptToItsLiveStream() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nListen to Kilbrannan Radio Live");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Listen");
    }
}
