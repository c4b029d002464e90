package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-thirty-first held-out round (x1419-x1424), on other inputs: a blog platform's post
 * beside its blog (Tumblr's API); Hugo Coder's site name in its navigation bar; an update stamp alone in a byline (China
 * Daily's); "Like us on Facebook to keep updated ..." (Tuoi Tre News's).
 */
class BlogApisAndAsianWiresShapesTest {

    @Test
    void shouldTakeAPostsBlogTitleForTheOutlet() {
        Article a = file("{\"response\": {\"posts\": [{\"type\": \"text\", \"blog_name\": \"valleylines\", \"blog\": {\"name\": \"valleylines\","
                + " \"title\": \"Valley Lines\"}, \"title\": \"Old bridge closes to cars\", \"body\": \"" + HTML_BODY + "\","
                + " \"date\": \"2026-12-01 10:15:42 GMT\", \"tags\": [\"bridges\"]}], \"total_posts\": 1}}", "tumblr.json");
        assertThat(a.getSource()).isEqualTo("Valley Lines");
    }

    @Test
    void shouldTakeHugoCodersNavigationTitleForTheSite() {
        Article a = file("<html><body><nav class=\"navigation\"><a class=\"navigation-title\" href=\"/\">Valley Notes</a></nav><article>"
                + "<h1 class=\"title\">Old bridge closes to cars</h1><div class=\"post-content\">" + HTML_BODY + "</div></article></body></html>",
                "page.html");
        assertThat(a.getSource()).isEqualTo("Valley Notes");
    }

    @Test
    void shouldNotDateTheStoryByABylinesUpdateStampAlone() {
        Article a = parse("Old bridge closes to cars\n\nBy Ana Ruiz in Valley | valleydaily.example | Updated: 2026-12-01 09:41\n\n" + BODY);
        assertThat(a.getPublishedAt()).isNull();
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldDropAPromptToLikeThePageToKeepUpdated() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nLike us on Facebook to keep updated with the latest news about the valley!");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Like us");
    }
}
