package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighteenth held-out round (x745-x750), on other names: a two-digit year between hyphens
 * beside a clock ("03-12-26, 16:48"), an Italian stamp whose update is abbreviated ("- Ultimo agg. 15:10"), and a
 * German comment box's login prompt.
 */
class ShortYearsAndCommentLoginsShapesTest {

    @Test
    void shouldReadTheDateWhenATwoDigitYearStandsBetweenHyphensBesideAClock() {
        Article a = parse(HEADLINE + "\n\nLies Vermeersch\n28-11-26, 09:12\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-28T09:12:00Z"));
    }

    @Test
    void shouldReadThePublicationWhenTheUpdateIsAbbreviatedAfterIt() {
        Article a = parse(HEADLINE + "\n\ndi Marco Ferri\nMercoledì 2 Dicembre 2026, 09:05 - Ultimo agg. 11:20\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-02T09:05:00Z"));
        assertThat(allText(a)).doesNotContain("Ultimo agg");
    }

    @Test
    void shouldDropAGermanCommentLoginWhenItClosesThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nKommentare\nLoggen Sie sich ein, um zu kommentieren.");
        assertThat(allText(a)).doesNotContain("kommentieren");
    }
}
