package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-sixty-third held-out round (x1015-x1020), on other pages: a content system's object
 * that keeps its text and relations in its {@code metadata}, alone or in a list (Cosmic's {@code {"object": ...}} and
 * {@code {"objects": [...]}}); a category's link after "In" written in an element of its own (Hexo's NexT theme).
 */
class MetadataBodiesAndCategoryLinksShapesTest {

    private static final String OBJECT = "{\"slug\": \"wind\", \"title\": \"" + HEADLINE + "\", \"published_at\": \"2026-12-03T09:40:55Z\", "
            + "\"metadata\": {\"content\": \"" + HTML_BODY + "\", \"author\": {\"slug\": \"ines\", "
            + "\"title\": \"Ines Vermeulen\", \"type\": \"authors\"}, \"categories\": [{\"slug\": \"energy\", \"title\": \"Energy\"}]}}";

    @Test
    void shouldReadAnObjectWhoseTextAndRelationsAreInItsMetadata() {
        for (String answer : new String[] {"{\"object\": " + OBJECT + "}", "{\"objects\": [" + OBJECT + "], \"total\": 1}"}) {
            Article a = file(answer, "object.json");
            assertThat(a.getTitle()).isEqualTo(HEADLINE);
            assertThat(a.getAuthors()).containsExactly("Ines Vermeulen");
            assertThat(a.getSection()).isEqualTo("Energy");
            assertThat(allText(a)).contains("cyclists welcomed it");
        }
    }

    @Test
    void shouldReadACategoryLinkAfterAnInOfItsOwn() {
        Article a = file("<html><body><nav><ul><li><a href=\"/categories/\">Categories</a></li></ul></nav><article><header><h1>" + HEADLINE
                + "</h1><div class=\"post-meta\"><span class=\"post-meta-item-text\">In</span> <span itemprop=\"about\"><a href=\"/categories/"
                + "Energy/\" rel=\"index\"><span itemprop=\"name\">Energy</span></a></span></div></header><div class=\"post-body\"><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></div></article></body></html>", "post.html");
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldNotTakeAMenusLinkToACategoryAsTheSection() {
        Article a = file("<html><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/category/energy/\">Energy</a></li><li>"
                + "<a href=\"/category/transport/\">Transport</a></li></ul></nav><article><h1>" + HEADLINE + "</h1><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>", "post.html");
        assertThat(a.getSection()).isNull();
    }
}
