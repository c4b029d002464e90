package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-first held-out round (x2439-x2444), business papers of Canada and the United
 * States: a one-word name at the page's top over a kicker over the headline, all in one block ("Kiplinger" /
 * "Investing" / the headline: the name was dropped with the header); Québec's newsletter prompt ("Inscrivez-vous à nos
 * infolettres ..."), a feature image's credit and a pitch closing on "straight to your e-mail".
 */
class NorthAmericanBusinessPressShapesTest {
    private static final String STORY = "Dividend stocks with long records of payout increases can steady a portfolio.\n\n"
            + "Many of the companies on our list have raised their dividends for more than 25 years.\n\n";

    @Test
    void shouldTakeAOneWordNameOverAKickerAtThePagesTopForTheSource() {
        Article a = parse("Kiplinger\nInvesting\nDividend Stocks to Buy for a Steady 2027\nBy Dan Burrows\npublished 7 December 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Kiplinger");
        assertThat(a.getSection()).isEqualTo("Investing");
    }

    @Test
    void shouldDropANewsletterPromptAnImagesCreditAndAPitch() {
        Article a = parse("Dividend Stocks to Buy for a Steady 2027\nBy Dan Burrows\n7 December 2026\n\n" + STORY
                + "Inscrivez-vous à nos infolettres pour ne rien manquer de l'actualité économique.\n\nFeature image courtesy the company.\n\n"
                + "Profit and prosper with the best of expert advice on investing, taxes, retirement, personal finance and more - straight to your e-mail.\n");
        assertThat(allText(a)).contains("25 years").doesNotContain("infolettres", "Feature image", "Profit and prosper");
    }
}
