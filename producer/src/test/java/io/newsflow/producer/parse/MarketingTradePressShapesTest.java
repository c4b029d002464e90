package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-third held-out round (x2091-x2096), advertising and marketing trade papers:
 * their paywalls and registration prompts ("Enjoying Adweek's content? Register for more access.", "This story is
 * available exclusively to Ad Age subscribers.", "Sign in to continue reading"), "Recommended articles", "This article
 * is part of Digiday's coverage of ...", "Keep up with the story. Subscribe to ...".
 */
class MarketingTradePressShapesTest {
    private static final String STORY = "Omnicom has completed its acquisition of Interpublic Group, the company said.\n\n"
            + "Omnicom's shares rose 2% in early trading.\n\n";

    @Test
    void shouldDropPaywallsAndRegistrationPrompts() {
        Article a = parse("Omnicom completes its merger with IPG\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "Enjoying Adweek's content? Register for more access.\n"
                + "This story is available exclusively to Ad Age subscribers. Log in or subscribe\nSign in to continue reading\n"
                + "Want to go deeper? Ask The Drum\n");
        assertThat(allText(a)).contains("early trading").doesNotContain("Enjoying", "exclusively", "continue reading", "deeper");
    }

    @Test
    void shouldDropRailsAndCoverageNotes() {
        Article a = parse("Publishers brace for a leaner 2027\nDecember 6, 2026 | By Jane Roe\n\n" + STORY
                + "This article is part of Digiday's coverage of publishing.\n"
                + "Keep up with the story. Subscribe to the Marketing Dive free daily newsletter\n"
                + "Recommended articles\nAgencies brace for cuts\n");
        assertThat(allText(a)).contains("early trading").doesNotContain("coverage of publishing", "Keep up", "Recommended", "brace for cuts");
    }
}
