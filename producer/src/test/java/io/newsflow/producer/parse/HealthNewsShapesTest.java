package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-fourth held-out round (x1977-x1982), health news sites: a writer's name, a
 * dash and a weekday's date ("Erica Carbajal - Thursday, December 4th, 2026"), a section label joining two phrases with
 * "&" ("Hospital Management & Administration"), a journal's citation line dating the piece ("BMJ 2026; 391 doi: ...
 * (Published 04 December 2026)") and a newsroom's statements and a journal's declaration closing the text.
 */
class HealthNewsShapesTest {
    private static final String STORY = "The clinic will open a transit hub in 2028.\n\nIt will connect bus lines with shuttles.\n\n";

    @Test
    void shouldReadAWritersNameADashAndAWeekdaysDateAsTheByline() {
        Article a = parse("Clinic to open $50M transit hub for patients, staff\nJane Roe - Thursday, December 4th, 2026\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void shouldReadALabelJoiningTwoPhrasesWithAnAmpersandAsTheSection() {
        Article a = parse("Hospital Review\nHospital Management  Finance  Health IT  Clinical  Workforce  Leadership\n"
                + "Hospital Management & Administration\nClinic to open $50M transit hub for patients, staff\n"
                + "Jane Roe - Thursday, December 4th, 2026\n\n" + STORY);
        assertThat(a.getTitle()).isEqualTo("Clinic to open $50M transit hub for patients, staff");
        assertThat(a.getSection()).isEqualTo("Hospital Management & Administration");
    }

    @Test
    void shouldDateThePieceByItsJournalsCitationLine() {
        Article a = parse("Low traffic schemes cut injuries, study finds\nBMJ 2026; 391 doi: https://doi.org/10.1136/bmj.r1 (Published 04 December 2026)\n"
                + "Jane Roe\n\n" + STORY + "Competing interests: None declared.\n");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("doi.org", "Competing interests");
    }

    @Test
    void shouldDropANewsroomsStatementAndItsRepublishingNote() {
        Article a = parse("In rural America, a bus ride can decide treatment\nBy Jane Roe\nDecember 4, 2026\n\n" + STORY
                + "Health Desk News is a national newsroom that produces in-depth journalism about health issues.\n\n"
                + "We encourage organizations to republish our content, free of charge. Here's what we ask:\n");
        assertThat(allText(a)).contains("connect bus lines").doesNotContain("national newsroom", "republish our content");
    }
}
