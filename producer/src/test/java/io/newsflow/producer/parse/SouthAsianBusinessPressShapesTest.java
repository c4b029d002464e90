package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-fourth held-out round (x2397-x2402), business papers of Bangladesh, Nepal,
 * Sri Lanka and India in English: Nepal's own calendar's date beside the Gregorian one ("Mangsir 21, 2083 | December 7,
 * 2026", "Mangsir 21, 2083 (Dec 07, 2026) 3:05 PM"), set aside so the line reads as its stamp; a share prompt, an
 * "informational purposes only" disclaimer and a business site's pitch under the story.
 */
class SouthAsianBusinessPressShapesTest {
    private static final String STORY = "Nepal received remittances worth Rs 1,214 billion in four months.\n\n"
            + "The inflow is 11 per cent higher than in the same period last year.\n\n";

    @Test
    void shouldReadTheGregorianStampBesideABikramSambatDate() {
        Article a = parse("Nepal's remittance inflow crosses Rs 1,200 billion\nMangsir 21, 2083  |  December 7, 2026\n\n" + STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(a.getLead()).startsWith("Nepal received");
        Article b = parse("NEPSE gains 18 points; turnover at Rs 4.2 arba\nMangsir 21, 2083 (Dec 07, 2026)  3:05 PM\n\n" + STORY);
        assertThat(b.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T15:05:00Z"));
    }

    @Test
    void shouldReadNoDateFromABikramSambatDateAlone() {
        Article a = parse("NEPSE gains 18 points; turnover at Rs 4.2 arba\nमंसिर २१, २०८३\n\n" + STORY);
        assertThat(a.getPublishedAt()).isNull(); // (its month lengths come from tables no library here carries: never guessed)
    }

    @Test
    void shouldDropASharePromptADisclaimerAndASitesPitch() {
        Article a = parse("Tata Motors' November sales rise 7%\nMoneycontrol News | December 07, 2026 / 11:42 AM IST\n\n" + STORY
                + "Disclaimer: This article is for informational purposes only and is not investment advice.\n\n"
                + "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax queries, "
                + "and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!\n\nShare if you like\n");
        assertThat(allText(a)).contains("same period").doesNotContain("Disclaimer", "Discover", "Share if");
    }
}
