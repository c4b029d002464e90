package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-sixty-third to sixty-fifth held-out rounds (x2211-x2228), automotive, fintech and
 * asset-management trade papers: a trail of two name-shaped crumbs without its home root, its first an item of the menu
 * (read as the headline), and closing lines (a wall, a trademark notice, a reprints link).
 */
class FinanceTradePressShapesTest {
    private static final String STORY = "Social Security beneficiaries will receive a 2.6% cost-of-living adjustment in 2027.\n\n"
            + "Medicare Part B premiums are also set to rise.\n\n";

    @Test
    void shouldReadATrailWhoseFirstCrumbIsAMenuItemThoughBothCrumbsLookLikeNames() {
        Article a = parse("ThinkAdvisor\nPractice Management  Investment  Retirement Planning  Regulation  Tax\n"
                + "Retirement Planning > Social Security\nSocial Security COLA Set at 2.6% for 2027\n"
                + "By Jane Roe | December 06, 2026 at 11:12 AM\n\n" + STORY);
        assertThat(a.getTitle()).isEqualTo("Social Security COLA Set at 2.6% for 2027");
        assertThat(a.getSection()).isEqualTo("Retirement Planning");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldDropAWallATrademarkNoticeAndAReprintsLink() {
        Article a = parse("Social Security COLA Set at 2.6% for 2027\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "Login or register to read more\nCitywire is a registered trademark of Citywire Holdings Ltd.\n"
                + "Learn more about reprints and licensing for this article.\n");
        assertThat(allText(a)).contains("Medicare").doesNotContain("register", "trademark", "reprints");
    }
}
