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
 * Shapes met in the hundred-and-thirtieth held-out round (x817-x822), on other pages: an Estonian date and comments
 * button, a Welsh weekday under the byline (read as a co-author's name), Welsh "read more" and share labels, a Swedish
 * stamp of "today", and a WordPress theme that parts its header: the category outside the headline's container and a
 * dash after the writer's name.
 */
class NordicStampsAndThemeHeadersShapesTest {

    @Test
    void shouldReadTheDateWhenTheMonthIsEstonian() {
        Article a = parse(HEADLINE + "\n\nKadri Tamm\nreporter\n5. detsember 2026, 10:12\n\n" + BODY + "\n\nJaga\nKommentaarid (14)");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T10:12:00Z"));
        assertThat(allText(a)).doesNotContain("Kommentaarid");
    }

    @Test
    void shouldNotTakeAWelshWeekdayForACoAuthorWhenTheDateFollowsTheByline() {
        Article a = parse(HEADLINE + "\n\ngan Elin Haf Jones\nDydd Gwener, 5 Rhagfyr 2026 - 09:30\n\n" + BODY
                + "\n\nDarllen mwy\nCyngor Gwynedd yn cymeradwyo cynllun bysiau newydd\n\nRhannu'r stori");
        assertThat(a.getAuthors()).containsExactly("Elin Haf Jones");
        assertThat(allText(a)).doesNotContain("Darllen", "Cyngor Gwynedd", "Rhannu");
    }

    @Test
    void shouldDropAStampOfTodayWhenItIsSwedish() {
        Article a = parse(HEADLINE + "\n\nAv Johan Lindqvist\nPublicerad idag 09:12\n\n" + BODY);
        assertThat(a.getPublishedAt()).isNull();
        assertThat(allText(a)).doesNotContain("Publicerad");
    }

    @Test
    void shouldReadTheWriterAndSectionWhenAThemePartsItsHeader() {
        Article a = file("<html><body><article><div class=\"td-post-header\">"
                + "<ul class=\"td-category\"><li class=\"entry-category\"><a href=\"/category/business/\">Business</a></li></ul>"
                + "<header class=\"td-post-title\"><h1 class=\"entry-title\">" + HEADLINE + "</h1>"
                + "<div class=\"td-post-author-name\"><div class=\"td-author-by\">By</div> <a href=\"/author/c/\">Chinedu Okafor</a>"
                + "<div class=\"td-author-line\"> - </div></div></header></div>"
                + "<div class=\"td-post-content\">" + HTML_BODY + "</div></article></body></html>", "page.html");
        assertThat(a.getAuthors()).containsExactly("Chinedu Okafor");
        assertThat(a.getSection()).isEqualTo("Business");
    }
}
