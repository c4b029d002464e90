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
 * Shapes met in the two-hundred-and-forty-fifth held-out round (x1503-x1508), on other inputs: Postmedia's "Author of
 * the article:" label; a group's bar of its papers with a slash inside an item ("NWT News/North"); a site's name as the
 * nav bar's link home that ends the window title (Nextra's).
 */
class PostmediaBylinesAndGroupMenusShapesTest {

    @Test
    void shouldReadAuthorOfTheArticleAsABylinesLabel() {
        Article a = parse("Old bridge closes to cars\n\nAuthor of the article: Ana Ruiz\nPublished Dec 05, 2026 • 2 minute read\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(allText(a)).doesNotContain("Author of the article");
    }

    @Test
    void shouldReadAGroupsBarOfPapersWithASlashInAnItemAsAMenu() {
        Article a = parse("Valley Media\nValley Times | Hill News/North | River Drum | Lake Hub\n\nOld bridge closes to cars\n\nAna Ruiz\n"
                + "Published Dec 5, 2026\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
    }

    @Test
    void shouldTakeTheNavBarsLinkHomeThatEndsTheWindowTitleForTheSite() {
        Article a = file("<html><head><title>Old bridge closes to cars – Valley Lane Log</title></head><body><nav><a href=\"/\"><span>Valley Lane"
                + " Log</span></a><a href=\"/posts\">Posts</a></nav><main><article><h1>Old bridge closes to cars</h1>" + HTML_BODY
                + "</article></main></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Valley Lane Log");
    }
}
