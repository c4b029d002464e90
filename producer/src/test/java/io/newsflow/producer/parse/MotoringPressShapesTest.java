package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-fifth held-out round (x2043-x2048), motoring and electric-vehicle sites: a
 * byline of name, date and clock in three segments ("Fred Lambert | Dec 5 2026 - 8:42 am PT"), "Comment" under the
 * stamp (the comments' button, no opinion), the closing lines of such sites (an affiliate note, a Google News plug, a
 * letters prompt, "Join the debate").
 */
class MotoringPressShapesTest {
    private static final String STORY = "Tesla has started production of its Cybercab robotaxi at Gigafactory Texas.\n\n"
            + "The two-seat vehicle has no steering wheel or pedals.\n\n";

    @Test
    void shouldReadABylineOfNameDateAndClockInThreeSegments() {
        Article a = parse("Tesla Cybercab production starts\nJane Roe | Dec 5 2026 - 8:42 am PT\n34 Comments\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T16:42:00Z");
    }

    @Test
    void shouldReadCommentUnderTheStampAsTheCommentsButton() {
        Article a = parse("Rivian R2 Deliveries Begin In California\nBy: Jane Roe\nDec 05, 2026 at 11:15am ET\nComment\n\n" + STORY);
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
    }

    @Test
    void shouldDropTheClosingLinesOfMotoringSites() {
        Article a = parse("Tesla Cybercab production starts\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "FTC: We use income earning auto affiliate links. More.\nAdd Volt Lane to your Google News feed.\n");
        assertThat(allText(a)).contains("pedals").doesNotContain("FTC", "Google News");
        Article b = parse("U.S. sales pace slips\nJane Roe\nDecember 05, 2026 05:00 AM\n\n" + STORY
                + "Have an opinion about this story? Click here to submit a Letter to the Editor, and we may publish it in print.\n");
        assertThat(allText(b)).doesNotContain("Have an opinion");
        Article c = parse("New Nissan Leaf priced\nJane Roe\n5 December 2026\n\n" + STORY + "Join the debate\nAdd your comment\n");
        assertThat(allText(c)).contains("pedals").doesNotContain("Join the debate");
    }
}
