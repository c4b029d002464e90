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
 * Shapes met in the two-hundred-and-ninth held-out round (x1287-x1292), on other inputs: a Firestore document's typed
 * values; a meta list's published and updated times in the post's header (Neve's); the site and its desk's town under
 * the headline, and a note that the story is in another language (JAMnews's).
 */
class TypedDocumentsAndMetaListsShapesTest {

    @Test
    void shouldReadAFirestoreDocumentsTypedValues() {
        Article a = file("{\"name\": \"projects/p/databases/(default)/documents/articles/Xk29\", \"fields\": {\"title\": {\"stringValue\": \""
                + HEADLINE + "\"}, \"body\": {\"stringValue\": \"" + BODY.replace("\n", "\\n") + "\"}, \"author\": {\"mapValue\": {\"fields\":"
                + " {\"name\": {\"stringValue\": \"Elin Hopkins\"}}}}, \"publishedAt\": {\"timestampValue\": \"2026-11-30T08:30:00Z\"}, \"tags\":"
                + " {\"arrayValue\": {\"values\": [{\"stringValue\": \"Leisure\"}]}}, \"views\": {\"integerValue\": \"412\"}}, \"createTime\":"
                + " \"2026-11-30T08:12:41Z\"}", "doc.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Elin Hopkins");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T08:30:00Z"));
        assertThat(a.getSection()).isEqualTo("Leisure");
        assertThat(allText(a)).doesNotContain("stringValue");
    }

    @Test
    void shouldDateThePostFromItsHeadersMetaListAndKeepItsDatesOutOfTheText() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><div class=\"entry-header\"><h1 class=\"entry-title\">"
                + HEADLINE + "</h1><ul class=\"nv-meta-list\"><li class=\"meta date posted-on\"><time class=\"entry-date published\" datetime="
                + "\"2026-11-30T09:00:00+11:00\">30 November 2026</time><time class=\"updated\" datetime=\"2026-11-30T10:30:00+11:00\">30"
                + " November 2026</time></li></ul></div><div class=\"entry-content\">" + HTML_BODY + "</div></article></body></html>", "post.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-29T22:00:00Z"));
        assertThat(allText(a)).doesNotContain("30 November 2026");
    }

    @Test
    void shouldDropTheSiteAndItsTownAndTheOtherLanguagesNote() {
        Article a = parse("JAMnews\nNews\nAnalytics\nMultimedia\nOpinion\n\n" + HEADLINE + "\n\nJAMnews, Tbilisi\n\n" + BODY
                + "\n\nRead this article in Georgian");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Tbilisi", "Georgian");
    }
}
