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
 * Shapes met in the hundred-and-ninety-seventh held-out round (x1215-x1220), on other inputs: a .NET content system's
 * answer in PascalCase (Sitefinity's OData "value"), a press office as its author and a GUID as its category; a blog
 * whose JSON-LD names its writer as the publisher (Publii's); an agency's dateline with an ordinal day and the agency in
 * brackets ("ABU DHABI, 5th December, 2026 (WAM) --") and its closing credit of editors ("WAM/Hazem Hussein/Hatem
 * Mohamed"); a paper's news service named by the first word of its name ("TIMES NEWS SERVICE" of the Times of Oman).
 */
class PascalCaseAnswersAndWireCreditsShapesTest {

    @Test
    void shouldReadAPascalCaseAnswerWithAPressOfficeAndAnIdForItsCategory() {
        Article a = file("{\"@odata.context\": \"https://harbourpost.example/api/$metadata#newsitems\", \"value\": [{\"Title\": \""
                + HEADLINE + "\", \"Content\": \"" + HTML_BODY + "\", \"PublicationDate\": \"2026-11-30T09:00:00Z\", \"Author\":"
                + " \"Press Office\", \"SourceName\": \"Port of Harbourtown\", \"Category\": [\"a1b2c3d4-e5f6-4789-abcd-ef0123456789\"]}]}",
                "news.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(a.getSource()).isEqualTo("Port of Harbourtown");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldNotTakeTheWriterAsTheOutletWhenJsonLdNamesThemThePublisher() {
        Article a = file("<html><head><title>" + HEADLINE + " - Kilbrannan Notes</title><script type=\"application/ld+json\">"
                + "{\"@context\": \"http://schema.org\", \"@type\": \"Article\", \"headline\": \"" + HEADLINE + "\", \"author\": {\"@type\":"
                + " \"Person\", \"name\": \"Isla Munro\"}, \"publisher\": {\"@type\": \"Organization\", \"name\": \"Isla Munro\"}}</script>"
                + "</head><body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY + "</article><footer><p>© 2026 Kilbrannan Notes</p></footer>"
                + "</body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Isla Munro");
        assertThat(a.getSource()).isEqualTo("Kilbrannan Notes");
    }

    @Test
    void shouldDateAnAgencysDatelineWithAnOrdinalDayAndDropItsEditorsCredit() {
        Article a = parse(HEADLINE + "\n\nABU DHABI, 30th November, 2026 (WAM) -- " + BODY + "\n\nWAM/Hazem Hussein/Hatem Mohamed");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("WAM");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Hazem Hussein");
    }

    @Test
    void shouldTakeANewsServiceNamedByThePapersFirstWordAsThePaper() {
        Article a = parse("Times of Oman\nOman\nBusiness\nWorld\nSports\n\n" + HEADLINE + "\n\nTIMES NEWS SERVICE\n"
                + "Published: 30 Nov 2026 10:48 AM\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("Times of Oman");
    }
}
