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
 * Shapes met in the two-hundred-and-seventh held-out round (x1275-x1280), on other inputs: Appwrite's document and its
 * "publishAt"; a post's entry title under a page header's own h1 (OceanWP's "Blog"); a staff credit with the date
 * beside it.
 */
class EntryTitlesAndStaffStampsShapesTest {

    @Test
    void shouldDateADocumentByItsPublishAt() {
        Article a = file("{\"$id\": \"6751c2e9001a\", \"$createdAt\": \"2026-11-29T06:41:12.345+00:00\", \"headline\": \"" + HEADLINE + "\","
                + " \"bodyHtml\": \"<p>" + BODY.replace("\n\n", "</p><p>") + "</p>\", \"publishAt\": \"2026-11-30T07:00:00.000+00:00\"}", "doc.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    @Test
    void shouldTakeThePostsEntryTitleOverThePageHeadersHeading() {
        Article a = file("<html><head><title>" + HEADLINE + " &#8211; Dunmore Gazette</title></head><body><header class=\"page-header\">"
                + "<h1 class=\"page-header-title\">Blog</h1></header><article class=\"single-post-article\"><header class=\"entry-header\">"
                + "<h2 class=\"single-post-title entry-title\">" + HEADLINE + "</h2></header><div class=\"entry-content\">" + HTML_BODY
                + "</div></article></body></html>", "post.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldDateTheStoryFromAStaffCreditWithTheDateBesideIt() {
        Article a = parse(HEADLINE + "\n\nBy Staff Writer | November 30, 2026\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("Staff Writer");
    }
}
