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
 * Shapes met in the sixty-ninth held-out round (x451-x456), each on other names: a newsletter post whose footer names its
 * publication over account buttons, a broadcaster's name over its news root alone, and an acronym masthead over one
 * crumb.
 */
class NewsletterFootersAndAcronymMastheadsShapesTest {

    @Test
    void shouldReadThePublicationWhenANewsletterFooterNamesIt() {
        Article a = parse("Notes on Water Policy\nSubscribe\nSign in\n\n" + HEADLINE + "\n\n" + BODY
                + "\n\nSubscribe to Notes on Water Policy\nLaunched 3 years ago");
        assertThat(a.getSource()).isEqualTo("Notes on Water Policy");
        assertThat(allText(a)).doesNotContain("Subscribe to").doesNotContain("Launched 3 years ago");
    }

    @Test
    void shouldReadTheMastheadAndTheNewsRootWhenABroadcastersNameStandsOverIt() {
        Article a = parse("Omroep Gelderland\nNieuws\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Omroep Gelderland");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadTheAcronymAsTheMastheadWhenAPlaceOrSectionStandsUnderIt() {
        Article a = parse("FAZ\nWirtschaft\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("FAZ");
        assertThat(a.getSection()).isEqualTo("Wirtschaft");
        assertThat(parse("LIVE\nPolitics\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNotEqualTo("LIVE");
    }

    @Test
    void shouldLeaveTheBookmarkButtonOutWhenAGermanPageHasOne() {
        assertThat(allText(parse(HEADLINE + "\n\nMerken\nDrucken\nTeilen\n\n" + BODY))).doesNotContain("Merken");
    }
}
