package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-first held-out round (x1839-x1844), English-language regional papers: a role
 * glued after the byline's names ("By Ruth Mosalski Chief Reporter"); a footer dating the story's first version under an
 * update stamp ("This story was originally published ..."); a listen widget; a named newsletter's plea and a festival's
 * promotion; the writer's picture's alternative text ("Headshot of Kate Emery").
 */
class RegionalEnglishPagesShapesTest {

    private static final String TEXT = "The council approved the new bridge on Friday after a long debate.\n\n"
            + "Work is expected to begin in the spring and take two years.\n";

    @Test
    void shouldTakeTheWriterWithoutARoleGluedAfterTheNames() {
        Article a = parse("Council approves new bridge over the Taff\n\nBy Owen Pritchard Senior Reporter\n06:00, 6 DEC 2026\n\n" + TEXT);
        assertThat(a.getAuthors()).containsExactly("Owen Pritchard");
        assertThat(a.getTitle()).isEqualTo("Council approves new bridge over the Taff");
    }

    @Test
    void shouldDateTheStoryByItsOriginallyPublishedFooterUnderAnUpdateStamp() {
        Article a = parse("Council approves new bridge\n\nBy Dana Ruiz\nUpdated December 06, 2026 10:20 AM\n\n"
                + "Only have a minute? Listen instead\nPowered by Trinity Audio\n\n" + TEXT
                + "\nThis story was originally published December 6, 2026 at 6:00 AM.\n");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T06:00:00Z"));
        assertThat(allText(a)).contains("two years").doesNotContain("originally published", "Listen instead");
    }

    @Test
    void shouldDropANamedNewslettersPleaAndAFestivalsPromotion() {
        Article a = parse("Council approves new bridge\n\nby Lena Ortiz\nDec. 6, 2026\n\n"
                + "Sign up for The Morning Wire, the Valley Ledger's daily newsletter that keeps readers up to speed on local news.\n\n"
                + TEXT + "\nWe can't wait to welcome you to the Valley Ledger Festival\n");
        assertThat(allText(a)).contains("two years").doesNotContain("Morning Wire", "can't wait");
    }

    @Test
    void shouldDropTheAlternativeTextOfTheWritersPicture() {
        Article a = parse("Council approves new bridge\n\nHeadshot of Tom Reyes\nTom Reyes\nSat, 6 December 2026 9:30AM\n\n" + TEXT);
        assertThat(a.getAuthors()).containsExactly("Tom Reyes");
        assertThat(allText(a)).contains("two years").doesNotContain("Headshot");
    }
}
