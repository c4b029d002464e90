package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundredth held-out round (x2433-x2438), business papers of Australia, New Zealand and Papua New
 * Guinea: a month's name with a two-digit year before a clock ("7th Dec 26, 10:42am", interest.co.nz's stamp, which no
 * shape read); a "License article" button, a newsletter's plea and a wall closing on "Subscribe now".
 */
class AustralasianBusinessPressShapesTest {
    private static final String STORY = "Global dairy prices rose 2.1% at the overnight auction.\n\n"
            + "Whole milk powder, New Zealand's main export, rose 2.8%.\n\n";

    @Test
    void shouldReadAMonthsNameWithATwoDigitYearBeforeAClock() {
        Article a = parse("Dairy prices rise for third straight auction\nBy Gareth Vaughan\n7th Dec 26, 10:42am\n\n" + STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T10:42:00Z"));
        Article alone = parse("Dairy prices rise for third straight auction\nBy Gareth Vaughan\n7 Dec 26\n\n" + STORY);
        assertThat(alone.getPublishedAt()).isNull(); // (without the clock "26" could be a day, a score or a count)
    }

    @Test
    void shouldDropALicenseButtonANewsletterPleaAndAWall() {
        Article a = parse("Dairy prices rise for third straight auction\nBy Gareth Vaughan\nDec 7, 2026\n\n" + STORY
                + "License article\n\nNever miss a story: sign up to SmartCompany's free daily newsletter and find our best stories on LinkedIn.\n\n"
                + "Get access to BusinessDesk's trusted business journalism. Subscribe now\n");
        assertThat(allText(a)).contains("milk powder").doesNotContain("License", "Never miss", "Get access");
    }
}
