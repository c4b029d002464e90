package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighty-sixth held-out round (x1149-x1154), on other inputs: a Kinyarwanda page's byline
 * ("Yanditswe na"), date ("30 Ugushyingo 2026") and related label ("Inkuru bijyanye"); a headline wrapped over short
 * lines, as an e-paper's text gives it; German relative stamps ("Publiziert heute um 08:15 Uhr", "Aktualisiert vor 2
 * Stunden"); a category's link in a post's meta line ("Posted by ... in <a>News</a>"); a section's label with a dot inside
 * a word ("Stadt St.Gallen") over the headline.
 */
class WrappedHeadlinesAndKinyarwandaShapesTest {

    @Test
    void shouldReadAKinyarwandaBylineDateAndRelatedLabel() {
        Article a = parse("Amakuru\n\n" + HEADLINE + "\n\nYanditswe na Aline Uwase\nKuya 30 Ugushyingo 2026 saa 09:00\n\n" + BODY
                + "\n\nInkuru bijyanye\nUmuhanda mushya uzuzura muri Mata");
        assertThat(a.getAuthors()).containsExactly("Aline Uwase");
        // (its clock after "saa", a site's digits on the 24-hour clock; since x2478, read: Swahili's "saa 4:00 asubuhi" is not)
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Inkuru", "Umuhanda");
    }

    @Test
    void shouldJoinAHeadlineWrappedOverShortLines() {
        Article a = parse("THE HARBOUR TIMES                 Monday, November 30, 2026                 Page 5\n\nCouncil votes to close\nthe old bridge\n"
                + "to cars\n\nBY AOIFE BRENNAN\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Council votes to close the old bridge to cars");
        assertThat(a.getAuthors()).containsExactly("Aoife Brennan");
    }

    @Test
    void shouldTakeALabelWithADotInsideAWordOverTheHeadlineAsTheSection() {
        Article a = parse("Harbour Post\nRegion\nSchweiz\nInternational\nKultur\nAbo\n\nStadt St.Gallen\n\n" + HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Stadt St.Gallen");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldDropGermanRelativeStamps() {
        Article a = parse(HEADLINE + "\n\nVon Marco Meier\nPubliziert heute um 08:15 Uhr\nAktualisiert vor 2 Stunden\n\n" + BODY);
        assertThat(allText(a)).contains("split the town").doesNotContain("Publiziert", "Aktualisiert");
    }

    @Test
    void shouldTakeACategoryLinkInAPostsMetaLine() {
        Article a = file("<html><body><div class=\"post\"><h1>" + HEADLINE + "</h1><div class=\"post-meta\">Posted by Aoife Brennan in <a "
                + "href=\"/harbour\">Harbour</a></div><div class=\"post-content\">" + HTML_BODY + HTML_BODY + "</div></div></body></html>", "post.html");
        assertThat(a.getSection()).isEqualTo("Harbour");
    }
}
