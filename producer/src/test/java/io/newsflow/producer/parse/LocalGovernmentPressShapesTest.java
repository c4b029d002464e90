package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fifty-first held-out round (x2139-x2144), state and local government papers: the
 * writer after the date in the stamp's segments ("December 6, 2026 • Liz Farmer", lost before), a bulletin's sign-up,
 * a metered wall's "limit of free articles".
 */
class LocalGovernmentPressShapesTest {
    private static final String STORY = "For the first time in a decade, state rainy day funds shrank this year.\n\n"
            + "Officials expect further withdrawals next year.\n\n";

    @Test
    void shouldReadTheWriterAfterTheDateInTheStamp() {
        Article a = parse("Why state rainy day funds are shrinking\nDecember 6, 2026 • Jane Roe\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T00:00:00Z");
    }

    @Test
    void shouldDropABulletinsSignUpAndAMeteredWall() {
        Article a = parse("Councils warn of a funding gap\nBy Jane Roe\n06 December 2026\n\n" + STORY
                + "Sign up to the LocalGov Daily Bulletin\nYou've reached your limit of free articles\n");
        assertThat(allText(a)).contains("withdrawals").doesNotContain("Bulletin", "limit of free");
    }
}
