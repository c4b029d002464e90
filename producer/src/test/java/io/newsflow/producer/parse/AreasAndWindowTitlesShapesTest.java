package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-seventy-eighth held-out round (x1101-x1106), on other inputs: a content system's area
 * (Apostrophe's: {"metaType": "area", "items": [...]}, whatever the area is named) of namespaced rich-text widgets
 * between other widgets, its writers and categories as relationships named after "_"; a page whose window title ends
 * with the site's name that only its navigation bar gives.
 */
class AreasAndWindowTitlesShapesTest {

    @Test
    void shouldReadAnAreasRichTextWidgetsAndItsUnderscoredRelationships() {
        String[] paragraphs = HTML_BODY.split("(?<=</p>)");
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"body\": {\"metaType\": \"area\", \"items\": [{\"type\": \"@apostrophecms/rich-text\", "
                + "\"content\": \"" + paragraphs[0] + "\"}, {\"type\": \"@apostrophecms/video\", \"url\": \"https://video.example/1\"}, "
                + "{\"type\": \"@apostrophecms/rich-text\", \"content\": \"" + paragraphs[1] + "\"}]}, \"_authors\": [{\"title\": \"Owen Pryce\", "
                + "\"slug\": \"owen-pryce\"}], \"_categories\": [{\"title\": \"Harbour\", \"slug\": \"harbour\"}]}", "piece.json");
        assertThat(a.getAuthors()).containsExactly("Owen Pryce");
        assertThat(a.getSection()).isEqualTo("Harbour");
        assertThat(allText(a)).contains("split the town", "cyclists welcomed it").doesNotContain("video.example");
    }

    @Test
    void shouldStripTheSiteNameTheNavigationBarGivesFromTheWindowTitle() {
        Article a = file("<html><head><title>" + HEADLINE + " | Quarry Lane Gardens</title></head><body><nav class=\"navbar\"><a href=\"/\" "
                + "class=\"navbar-brand\">Quarry Lane Gardens</a><ul><li><a href=\"/\">Home</a></li><li><a href=\"/blog\">Blog</a></li></ul></nav>"
                + "<div class=\"content-item h-entry\"><h2 class=\"p-name\"><a href=\"/blog/post\">" + HEADLINE + "</a></h2><div class=\"e-content\">"
                + HTML_BODY + "</div></div></body></html>", "post.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Quarry Lane Gardens");
        assertThat(allText(a)).contains("split the town", "cyclists welcomed it");
    }
}
