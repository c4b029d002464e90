package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-seventy-third held-out round (x1075-x1080), on other inputs: a rich text field's AST
 * under "raw" (Hygraph's); a site builder's layers named by their roles (Framer's {@code data-framer-name}); a source
 * paper credited by a translation's closing line and named alone under the headline; an outlet's staff over the stamp.
 */
class RichTextAstsAndNamedLayersShapesTest {

    @Test
    void shouldReadARichTextAstUnderRaw() {
        String[] paragraphs = BODY.split("\n\n");
        Article a = file("{\"data\": {\"post\": {\"title\": \"" + HEADLINE + "\", \"content\": {\"raw\": {\"children\": [{\"type\": \"paragraph\", "
                + "\"children\": [{\"text\": \"" + paragraphs[0] + "\"}]}, {\"type\": \"paragraph\", \"children\": [{\"text\": \""
                + paragraphs[1] + "\", \"bold\": true}]}]}}, \"author\": {\"name\": \"Sanne Vos\"}}}}", "answer.json");
        assertThat(a.getAuthors()).containsExactly("Sanne Vos");
        assertThat(allText(a)).contains("split the town", "cyclists welcomed it");
    }

    @Test
    void shouldReadASiteBuildersLayersNamedByTheirRoles() {
        Article a = file("<html><body><nav><a href=\"./\" data-framer-name=\"Logo\"><p>Eastside Skaters</p></a></nav><div data-framer-name=\"Post Header\">"
                + "<div data-framer-name=\"Category\"><p>Club news</p></div><div data-framer-name=\"Title\"><h1>" + HEADLINE + "</h1></div>"
                + "<div data-framer-name=\"Date\"><p>Dec 3, 2026</p></div><div data-framer-name=\"Author\"><p>Lea Koch</p></div></div>"
                + "<div data-framer-name=\"Content\">" + HTML_BODY + "</div></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("Eastside Skaters");
        assertThat(a.getSection()).isEqualTo("Club news");
        assertThat(a.getAuthors()).containsExactly("Lea Koch");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
    }

    @Test
    void shouldReadATranslationsSourcePaperNamedAloneUnderTheHeadline() {
        Article a = parse(HEADLINE + "\n\nAl-Masry Al-Youm\nDecember 5, 2026\n\n" + BODY + "\n\nEdited translation from Al-Masry Al-Youm");
        assertThat(a.getSource()).isEqualTo("Al-Masry Al-Youm");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("translation");
    }

    @Test
    void shouldReadAnOutletsStaffOverTheStampAsTheOutlet() {
        Article a = parse("Gulf Courier\nOman\nBusiness\nWorld\nSports\n\n" + HEADLINE + "\n\nMuscat Daily Staff\nMuscat, December 5, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Muscat Daily");
        assertThat(a.getAuthors()).isEmpty();
    }
}
