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
 * Shapes met in the two-hundred-and-thirty-eighth held-out round (x1461-x1466), on other inputs: a date in the story
 * header's meta list, on a page whose body is classed by its state ("showing-comments": WordPress's Twenty Twenty); the
 * paper's own contact line for its readers; a view counter with a space between its thousands.
 */
class MetaListsAndContactLinesShapesTest {

    @Test
    void shouldReadTheDateInTheStoryHeadersMetaListWhateverTheBodyIsClassed() {
        Article a = file("<html><body class=\"single showing-comments\"><main><article><header class=\"entry-header\"><h1>Old bridge closes to"
                + " cars</h1><ul class=\"post-meta\"><li class=\"post-author\">By <a href=\"/author/ana/\">Ana Ruiz</a></li><li class=\"post-date\">"
                + "<a href=\"/2026/12/05/bridge/\">December 5, 2026</a></li><li class=\"post-comment-link\"><a href=\"#respond\">No Comments</a>"
                + "</li></ul></header><div class=\"entry-content\">" + HTML_BODY + "</div></article></main></body></html>", "page.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void shouldDropThePapersContactLineAndAViewCounterWithSpacedThousands() {
        Article a = parse("Old bridge closes to cars\n\nDecember 5, 2026\n\n" + BODY
                + "\n\nFor comments and suggestions, please email the Valley Times at news@valley.example\n\nViews: 2 145");
        assertThat(allText(a)).doesNotContain("suggestions").doesNotContain("2 145");
    }
}
