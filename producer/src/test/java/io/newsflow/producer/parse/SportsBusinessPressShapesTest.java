package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-fourth held-out round (x2097-x2102), sports business papers: a lower-case
 * logo over a menu with "Newsletter" (the masthead lost before), a pro tier's paywall ("Sportico Pro Subscribers Only",
 * "Unlock the full story", "Already a Sportico Pro subscriber? Log in"), "To continue reading, please log in or
 * subscribe", "Your daily sports business newsletter".
 */
class SportsBusinessPressShapesTest {
    private static final String STORY = "Manchester United has agreed to sell a 5% stake to a U.S. investment group.\n\n"
            + "The deal needs Premier League approval.\n\n";

    @Test
    void shouldReadALowerCaseLogoOverAMenuWithNewsletter() {
        Article a = parse("insidethegames\nOlympics  Paralympics  Commonwealth Games  Esports  Features  Newsletter\n\nOlympics\n"
                + "IOC confirms flag football squads for Los Angeles 2028\nBy Jane Roe\nSaturday, 06 December 2026 13:45\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("insidethegames");
        assertThat(a.getSection()).isEqualTo("Olympics");
    }

    @Test
    void shouldDropAProTiersPaywallAndANewslettersPitch() {
        Article a = parse("Manchester United sells a minority stake\nDecember 6, 2026 10:30am\nBy Jane Roe\n\n" + STORY
                + "Sportico Pro Subscribers Only\nUnlock the full story\nAlready a Sportico Pro subscriber? Log in\n"
                + "To continue reading, please log in or subscribe\nYour daily sports business newsletter. Get it free.\n");
        assertThat(allText(a)).contains("approval").doesNotContain("Subscribers Only", "Unlock", "Already", "continue reading", "newsletter");
    }
}
