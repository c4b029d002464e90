package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the hundred-and-ninety-ninth held-out round (x1227-x1232), on other inputs: a publishing platform
 * naming itself as the site (LinkedIn's articles, Telegraph's instant pages) where the outlet is the writer's or the
 * channel's own; a paper's name closing its stamp's block ("PUBLISHED : 05 Dec 2026, 14:30" / "THE NATION").
 */
class PlatformsAndStampCreditsShapesTest {

    private static String page(String head) {
        return "<html><head><title>" + HEADLINE + "</title>" + head + "</head><body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY
                + "</article></body></html>";
    }

    @Test
    void shouldNameNoOutletWhenThePlatformNamesItself() {
        Article a = file(page("<meta property=\"og:site_name\" content=\"LinkedIn\"><script type=\"application/ld+json\">{\"@type\":"
                + " \"Article\", \"headline\": \"" + HEADLINE + "\", \"author\": {\"@type\": \"Person\", \"name\": \"Annika Lindqvist\"},"
                + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"LinkedIn\"}}</script>"), "post.html");
        assertThat(a.getAuthors()).containsExactly("Annika Lindqvist");
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldTakeTheChannelAsTheOutletOfATelegraphPage() {
        Article a = file(page("<meta property=\"og:site_name\" content=\"Telegraph\"><meta property=\"article:author\" content=\"Morven"
                + " Isles Gazette\"><link rel=\"canonical\" href=\"https://telegra.ph/Island-school-12-05\">"), "page.html");
        assertThat(a.getSource()).isEqualTo("Morven Isles Gazette");
    }

    @Test
    void shouldKeepANewspaperThatSharesAPlatformsName() {
        Article a = file(page("<meta property=\"og:site_name\" content=\"Telegraph\"><link rel=\"canonical\""
                + " href=\"https://www.telegraph.example/news/2026/11/30/bridge/\">"), "page.html");
        assertThat(a.getSource()).isEqualTo("Telegraph");
    }

    @Test
    void shouldTakeThePapersNameClosingItsStampsBlockAsItsCredit() {
        Article a = parse("nationthailand\nThailand\nBusiness\nWorld\nLife\n\n" + HEADLINE + "\n\nPUBLISHED : 30 Nov 2026, 14:30\nTHE NATION\n\n"
                + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("The Nation");
    }
}
