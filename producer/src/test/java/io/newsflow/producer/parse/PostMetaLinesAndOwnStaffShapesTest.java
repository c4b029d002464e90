package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-thirteenth held-out round (x1311-x1316), on other inputs: HubSpot's post answer and
 * its window title; a footer's copyright with its legal links (Contao's); a post's meta in one line, "Posted on ... by
 * ... in ..."; the outlet's name before its stamp; "Filed Under:" a category; the paper's own staff; a long masthead.
 */
class PostMetaLinesAndOwnStaffShapesTest {

    @Test
    void shouldReadTheOutletFromAPostsWindowTitle() {
        Article a = file("{\"results\": [{\"name\": \"" + HEADLINE + "\", \"htmlTitle\": \"" + HEADLINE + " | Harbourside Business Journal\","
                + " \"postBody\": \"<p>" + BODY.replace("\n\n", "</p><p>") + "</p>\", \"publishDate\": \"2026-11-30T07:00:00Z\"}]}", "posts.json");
        assertThat(a.getSource()).isEqualTo("Harbourside Business Journal");
    }

    @Test
    void shouldLeaveTheLegalLinksOutOfTheFootersOutlet() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY
                + "</article><footer><p>© 2026 Seekurier | <a href=\"/impressum\">Impressum</a> | <a href=\"/datenschutz\">Datenschutz</a></p>"
                + "</footer></body></html>", "news.html");
        assertThat(a.getSource()).isEqualTo("Seekurier");
    }

    @Test
    void shouldReadAPostsMetaLine() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nPosted on November 30, 2026 by Kilbrannan Chronicle in Local");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("Kilbrannan Chronicle");
        assertThat(a.getSection()).isEqualTo("Local");
        assertThat(allText(a)).doesNotContain("Posted on");
    }

    @Test
    void shouldDateTheStoryFromTheStampAfterTheOutletsNameAndReadFiledUnderAsItsCategory() {
        Article a = parse(HEADLINE + "\n\nKilbrannan News Online - Monday, November 30th, 2026 at 10:12 AM\n\n" + BODY + "\n\nFiled Under: News");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T10:12:00Z"));
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldKeepTheMastheadOverThePapersOwnStaff() {
        Article a = parse("The St Kilbrannan Nevis Observer\nNews\nBusiness\nSports\nOpinion\n\n" + HEADLINE + "\n\nBy Observer Staff\n"
                + "November 27, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The St Kilbrannan Nevis Observer");
        assertThat(a.getAuthors()).isEmpty();
    }
}
