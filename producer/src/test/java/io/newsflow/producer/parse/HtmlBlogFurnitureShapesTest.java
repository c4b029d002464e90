package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-second held-out round (x2623-x2628), HTML pages full of a platform's
 * furniture: Jetpack's "Share this:" and "Like this:" inside a WordPress post, soft hyphens in a German paper's words, an
 * advertisement's "Story continues below", Ghost's sign-up box, a cookie banner and a noscript notice, Squarespace's
 * pager. The field missed: a post filed under two categories took the first for its section.
 */
class HtmlBlogFurnitureShapesTest {
    private static Article post(String categories) {
        return file("<html><head><title>Calstock viaduct footpath to reopen in spring – Tamar Valley Voice</title></head><body><article>"
                + "<header class=\"entry-header\"><h1 class=\"entry-title\">Calstock viaduct footpath to reopen in spring</h1></header>"
                + "<div class=\"entry-content\"><p>The footpath beneath Calstock's railway viaduct will reopen in April after repairs to the "
                + "riverbank that collapsed during last winter's floods.</p><p>The path links the village quay with the Danescombe valley "
                + "and is used by walkers on the Tamar Valley Trail.</p><div class=\"sharedaddy\"><h3 class=\"sd-title\">Like this:</h3>"
                + "<span class=\"loading\">Loading...</span></div></div><footer class=\"entry-footer\"><span class=\"cat-links\">Posted in "
                + categories + "</span></footer></article></body></html>", "post.html");
    }

    @Test
    void shouldGiveNoSectionWhenThePostIsFiledUnderSeveralCategories() {
        Article a = post("<a href=\"/category/community/\" rel=\"category tag\">Community</a>, "
                + "<a href=\"/category/news/\" rel=\"category tag\">News</a>");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).contains("Tamar Valley Trail").doesNotContain("Like this:", "Loading...");
    }

    @Test
    void shouldTakeThePostsOneCategoryAsItsSection() {
        assertThat(post("<a href=\"/category/community/\" rel=\"category tag\">Community</a>").getSection()).isEqualTo("Community");
    }
}
