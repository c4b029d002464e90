package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-tenth held-out round (x1293-x1298), on other inputs: Airtable's records, a table's
 * columns as fields; the outlet's name with a note in brackets closing the story (Novinite's); an outlet's line about its
 * publisher; a date opening the story before a dash, no town; a pointer to the outlet's section.
 */
class TableRecordsAndPublisherLinesShapesTest {

    @Test
    void shouldReadATablesRecordByItsColumns() {
        Article a = file("{\"records\": [{\"id\": \"recT9kM2\", \"createdTime\": \"2026-11-30T10:02:11.000Z\", \"fields\": {\"Headline\": \""
                + HEADLINE + "\", \"Body\": \"" + BODY.replace("\n", "\\n") + "\", \"Author\": \"Mari Jenkins\", \"Section\": \"Transport\","
                + " \"Publish Date\": \"2026-11-30\"}}], \"offset\": null}", "records.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Mari Jenkins");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void shouldDropTheOutletsNameWithItsNoteClosingTheStory() {
        Article a = parse("Kilnews.com\nBulgaria | Business | Politics | World\n\n" + HEADLINE + "\n\n" + BODY
                + "\n\nKilnews.com (Kilbrannan News Agency - www.kilnews.com)");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("www.kilnews.com");
    }

    @Test
    void shouldDropTheOutletsLineAboutItsPublisherAndItsSectionPointer() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nFor more news from Kilbrannan, follow KN's dedicated section.\n\n"
                + "Kilbrannan Insight is published by BIRN Kilbrannan.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("For more news", "published by");
    }

    @Test
    void shouldDateTheStoryWhenItOpensWithTheDateAndADash() {
        Article a = parse(HEADLINE + "\n\nNovember 30, 2026 - " + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }
}
