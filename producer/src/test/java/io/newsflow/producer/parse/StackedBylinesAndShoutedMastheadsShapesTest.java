package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the sixty-second held-out round (x409-x414), each on other names: two writers' names stacked one a
 * line under the headline, a shouted masthead over its section under a subscription button, a kicker line whose first
 * segment is the site's news root, and a share widget's "link copied" and the Trust Project's badge line left behind.
 */
class StackedBylinesAndShoutedMastheadsShapesTest {

    @Test
    void shouldReadBothWritersWhenTheirNamesStandOneALineUnderTheHeadline() {
        Article a = parse(HEADLINE + "\n\nMarta Quiroga Llanes\nTomás Ibarra\nSevilla - 03 mar 2025 - 09:10 CET\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Marta Quiroga Llanes", "Tomás Ibarra");
    }

    @Test
    void shouldReadNoWriterWhenAPlaceStandsUnderTheName() {
        Article a = parse(HEADLINE + "\n\nPriya Raghavan\nMumbai,\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Priya Raghavan");
    }

    @Test
    void shouldReadTheMastheadAndItsSectionWhenASubscriptionButtonStandsOverThem() {
        Article a = parse("Suscríbete\nLA NACIÓN\nCórdoba\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("La Nación");
        assertThat(a.getSection()).isEqualTo("Córdoba");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldReadTheSectionUnderTheNewsRootWhenAKickerLineOpensWithIt() {
        Article a = parse("Harbour Post\n\nNews | Transport\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldDropTheShareWidgetsNoticeAndTheTrustBadgeWhenTheyCloseThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCondividi\nLink copiato\n\nSe adhiere a los criterios de\nThe Trust Project");
        assertThat(allText(a)).doesNotContain("Link copiato").doesNotContain("Trust Project").doesNotContain("Se adhiere");
    }
}
