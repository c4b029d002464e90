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
 * Shapes met in the hundred-and-sixty-fifth held-out round (x1027-x1032), on other pages: a notes app's Markdown
 * export with the page's properties one a line under its title (Notion's); the blog's title marked as its author
 * (WriteFreely's h-card) and the headline repeated as the entry's name; a Nordic beat-and-role word under the byline
 * ("Erhvervsjournalist"); a town of three words before the date ("Dar es Salaam."); an app prompt broken over two lines.
 */
class PropertyBlocksAndBrokenPromptsShapesTest {

    @Test
    void shouldReadANotesAppsPropertiesUnderItsTitle() {
        Article a = file("# " + HEADLINE + "\n\nAuthor: Lotte van Dijk\nStatus: Published\nPublished: December 2, 2026\nTags: Energy, Coast\n\n"
                + BODY, "page.md");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Lotte van Dijk");
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Status", "Tags");
    }

    @Test
    void shouldTakeNoWriterFromTheBlogsTitleAndDropTheHeadlineRepeatedAsTheEntrysName() {
        Article a = file("<html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"><meta property=\"og:site_name\" content=\""
                + "Coastline Letters\"></head><body><header><h1 id=\"blog-title\"><a rel=\"author\" href=\"/coastline/\" class=\"h-card p-author\">"
                + "Coastline Letters</a></h1></header><article class=\"h-entry\"><h2 id=\"title\" class=\"p-name\">" + HEADLINE + "</h2>"
                + "<div class=\"e-content\">" + HTML_BODY + "</div></article></body></html>", "post.html");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getBody().get(0).getText()).doesNotContain(HEADLINE);
    }

    @Test
    void shouldDropABeatAndRoleWordAndReadATownOfThreeWordsBeforeTheDate() {
        Article a = parse(HEADLINE + "\n\nAnders Nielsen\nErhvervsjournalist\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Anders Nielsen");
        assertThat(allText(a)).doesNotContain("Erhvervsjournalist");
        Article b = parse(HEADLINE + "\n\nBy Alex Malanga\nDar es Salaam. Friday, December 05, 2026\n\n" + BODY);
        assertThat(b.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(allText(b)).doesNotContain("Dar es Salaam");
    }

    @Test
    void shouldDropAnAppPromptBrokenOverTwoLines() {
        Article a = parse(HEADLINE + "\n\nBy Katie Scotcher\n5 December 2026\n\n" + BODY + "\n\nGet the Harbour Post app\nfor ad-free news and current affairs");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("app", "ad-free");
    }
}
