package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-sixtieth to sixty-second held-out rounds (x2193-x2210), insurance, hospitality and
 * sustainability trade papers: the walls, comment notices, feedback questions, newsletter and jobs-board plugs and the
 * publisher's line that closed their texts (each left in the text before).
 */
class InsuranceAndHospitalityPressShapesTest {
    private static final String HEADER = "Storm claims top £400m after December floods\nBy Jane Roe\n07 Dec 2026\n\n"
            + "Insurers expect to pay more than £400m in claims after storms caused flooding last week.\n\n"
            + "Flood Re will cover some of the household claims.\n\n";

    @Test
    void shouldDropWallsAndCommentNoticesClosingTheText() {
        Article a = parse(HEADER + "Only registered users can comment on this article.\n"
                + "You need to sign in to use this feature. If you don't have a Post Magazine account, please register for a trial.\n"
                + "Please log in or register to read the full article.\n");
        assertThat(allText(a)).contains("Flood Re").doesNotContain("registered users", "this feature", "log in");
    }

    @Test
    void shouldDropFeedbackQuestionsPlugsAndThePublishersLine() {
        Article a = parse(HEADER + "Was this article valuable?\n"
                + "Want more hotel news? Sign up for our free newsletter.\nCaterer.com: Find hospitality jobs near you\n"
                + "Environmental Finance, published by Field Ventures Ltd\n");
        assertThat(allText(a)).contains("Flood Re").doesNotContain("valuable", "hotel news", "jobs near you", "Field Ventures");
    }
}
