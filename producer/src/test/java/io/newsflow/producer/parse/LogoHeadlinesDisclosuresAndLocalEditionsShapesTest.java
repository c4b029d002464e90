package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the seventy-fourth held-out round (x481-x486), each on other names: a site logo's {@code h1} before the
 * story's, a local edition under an article-led masthead, a masthead over a news root and two crumbs, a research outlet's
 * disclosure and partners blocks and its writer's academic post.
 */
class LogoHeadlinesDisclosuresAndLocalEditionsShapesTest {

    @Test
    void shouldReadTheSectionLabelWhenASiteLogoIsTheFirstHeadingElement() {
        String html = "<html><body><header><h1 class=\"logo\"><a href=\"/\">Valley Post</a></h1></header><article>"
                + "<p class=\"kicker\">Transport</p><h1>" + HEADLINE + "</h1><p>" + BODY.replace("\n\n", "</p><p>")
                + "</p></article></body></html>";
        Article a = parseOne(html, "page.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldReadTheMastheadWhenAnArticleLedNameStandsOverItsLocalEdition() {
        Article a = parse("Il Mattino\nNapoli\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Il Mattino");
        assertThat(a.getSection()).isEqualTo("Napoli");
    }

    @Test
    void shouldReadTheTrailWhenTheMastheadStandsOverANewsRootAndTwoCrumbs() {
        Article a = parse("The Harbour Times\nNews\nWales\nWelsh Politics\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
        assertThat(a.getSection()).isEqualTo("Wales");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldDropTheBlocksWhenAResearchOutletDisclosesFundingAndPartners() {
        Article a = parse("The Policy Review\n\n" + HEADLINE + "\n\nAuthor\nTom Ashby\nSenior Lecturer in Hydrology, University of Leeds"
                + "\n\nDisclosure statement\nTom Ashby receives funding from the Natural Environment Research Council.\n\nPartners\n"
                + "University of Leeds provides funding as a member of The Policy Review UK.\n\n" + BODY + "\n\nRepublish this article");
        assertThat(a.getAuthors()).containsExactly("Tom Ashby");
        assertThat(a.getSource()).isEqualTo("The Policy Review");
        assertThat(allText(a)).doesNotContain("Disclosure").doesNotContain("receives funding").doesNotContain("Partners")
                .doesNotContain("Senior Lecturer").doesNotContain("Republish");
    }
}
