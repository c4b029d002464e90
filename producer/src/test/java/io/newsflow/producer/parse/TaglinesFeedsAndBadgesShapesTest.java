package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the thirty-eighth held-out round (x265-x270), each on other names: a site's name
 * over its tagline, a section feed's title, the site's name closing a window title, buttons under a
 * byline, a broadcaster's standards link, a blog platform's like widget and a trust badge.
 */
class TaglinesFeedsAndBadgesShapesTest {
    @Test
    void shouldReadTheSiteAndDropItsTaglineWhenANameStandsOverOne() {
        Article a = parse("The Lakeside Beacon\nServing Door County since 1921\n\nHome\nNews\nSports\nObituaries\n\n"
                + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Lakeside Beacon");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("Serving");
        // a story's sentence about serving a county stays the story's
        assertThat(allText(parse(HEADLINE + "\n\n" + BODY + "\n\nThe clinic has been serving the county since 1921.")))
                .contains("serving the county since 1921");
    }

    @Test
    void shouldReadTheOutletWithoutTheSectionWhenASectionsFeedNamesBoth() {
        Article a = file("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette - Wirtschaft</title>"
                + "<item><title>" + HEADLINE + "</title><link>https://hg.example/a</link><category>Wirtschaft</category>"
                + "<description>" + BODY.replace("\n\n", " ") + "</description></item></channel></rss>", "f.rss");
        assertThat(a.getSource()).isEqualTo("Harbour Gazette");
        assertThat(a.getSection()).isEqualTo("Wirtschaft");
    }

    @Test
    void shouldReadTheSiteFromTheWindowTitleWhenThePageNamesItNowhereElse() {
        String story = "<p>" + BODY.replace("\n\n", "</p><p>") + " The board will meet again in March to approve the budget.</p>";
        Article a = file("<html><head><title>" + HEADLINE + " | northshorenews.example</title></head><body><article><h1>"
                + HEADLINE + "</h1>" + story + "</article></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("northshorenews.example");
        // a section alone after the headline names no site
        Article section = file("<html><head><title>" + HEADLINE + " - Business</title></head><body><article><h1>"
                + HEADLINE + "</h1>" + story + "</article></body></html>", "page.html");
        assertThat(section.getSource()).isNull();
    }

    @Test
    void shouldDropButtonsBadgesAndWidgetsWhenThePageCarriesThem() {
        Article a = parse(HEADLINE + "\n\nMaya Lindqvist\n\nREAD LATER\nPRINT\nCopy link\n\n" + BODY
                + "\n\nThe Broadcaster's Journalistic Standards and Practices|About Broadcaster News\n\n"
                + "Like this:\nLike Loading...\n\nSelon les critères de\nThe Trust Project\nEn savoir plus");
        assertThat(allText(a)).doesNotContain("READ LATER").doesNotContain("PRINT").doesNotContain("Copy link")
                .doesNotContain("Standards").doesNotContain("Like").doesNotContain("Trust Project").doesNotContain("savoir");
        assertThat(a.getAuthors()).containsExactly("Maya Lindqvist");
    }
}
