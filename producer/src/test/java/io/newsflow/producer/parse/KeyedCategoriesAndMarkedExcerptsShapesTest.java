package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-seventy-second held-out round (x1069-x1074), on other inputs: categories given as an
 * object keyed by their names (WordPress.com's REST API); an excerpt wrapped whole in a paragraph's markup (WordPress.com's,
 * WPGraphQL's), where a title's inline markup stays as written.
 */
class KeyedCategoriesAndMarkedExcerptsShapesTest {

    private static final String CONTENT = "\"" + HTML_BODY + "\"";

    @Test
    void shouldReadTheFirstOfCategoriesKeyedByTheirNames() {
        Article a = file("{\"ID\": 1, \"title\": \"" + HEADLINE + "\", \"content\": " + CONTENT + ", \"categories\": {\"Local life\": {\"ID\": 3, "
                + "\"name\": \"Local life\", \"slug\": \"local-life\"}, \"Markets\": {\"ID\": 18, \"name\": \"Markets\"}}}", "post.json");
        assertThat(a.getSection()).isEqualTo("Local life");
    }

    @Test
    void shouldReadAnExcerptWrappedInAParagraphsMarkupAsText() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"content\": " + CONTENT + ", \"excerpt\": \"<p>Three projects are on hold &amp; "
                + "more may follow.</p>\\n\"}", "post.json");
        assertThat(a.getLead()).isEqualTo("Three projects are on hold & more may follow.");
    }

    @Test
    void shouldKeepATitlesInlineMarkupAsWritten() {
        Article a = file("{\"title\": \"Antwerp pilots <b>strike</b> &\", \"content\": " + CONTENT + "}", "post.json");
        assertThat(a.getTitle()).isEqualTo("Antwerp pilots <b>strike</b> &");
    }
}
