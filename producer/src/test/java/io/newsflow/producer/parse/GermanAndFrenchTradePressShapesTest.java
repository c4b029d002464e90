package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighty-second and eighty-third held-out rounds (x2325-x2336), German and French
 * trade press: "Mehr zu diesem Thema" over the tags, a newsroom's plea for support, German and French walls, a call to
 * buy tickets in German, a slashed two-digit year beside a clock ("07/12/26 10:12", unread; on an English page with "AM" in
 * the US order, "12/05/26 10:42 AM ET", x988's, missed since its round), a French role under the name ("Rédacteur en chef adjoint") and a prompt to follow the site on
 * Google's news and WhatsApp.
 */
class GermanAndFrenchTradePressShapesTest {
    private static final String STORY = "Les grandes entreprises françaises recourent de plus en plus à un cloud souverain.\n\n"
            + "Selon une étude, 41 % d'entre elles l'utilisent déjà.\n\n";

    @Test
    void shouldDropGermanTagsPleasWallsAndTicketCalls() {
        Article a = parse("Zulieferer streicht 1200 Stellen\nVon Jane Roe\n07.12.2026\n\n" + STORY
                + "Dieser Artikel war interessant, hilfreich oder beides? Die Redaktion freut sich über jede Unterstützung.\n\n"
                + "Jetzt weiterlesen mit LZ+\nSie sind bereits Abonnent? Hier anmelden\n\n"
                + "Automobilwoche Kongress 2027 – jetzt Tickets sichern\n\nMehr zu diesem Thema\nSoftware  Sicherheit\n");
        assertThat(allText(a)).contains("41 %").doesNotContain("interessant", "weiterlesen", "Abonnent", "Tickets", "Thema", "Sicherheit");
    }

    @Test
    void shouldReadASlashedTwoDigitYearBesideAClockInTheOrderTheClockTells() {
        Article dayFirst = parse("Le cloud souverain gagne du terrain\nJane Roe\nPublié le 07/12/26 10:12\n\n" + STORY);
        assertThat(dayFirst.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T10:12:00Z"));
        Article monthFirst = parse("Senate passes funding bill\nby Jane Roe - 12/05/26 10:42 AM ET\n\n"
                + "The Senate passed a stopgap funding bill on Friday, sending it to the House.\n\nThe vote was 71 to 27.\n");
        assertThat(monthFirst.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T15:42:00Z"));
    }

    @Test
    void shouldDropAFrenchRoleUnderTheNameAndFrenchPrompts() {
        Article a = parse("Le cloud souverain gagne du terrain\nJane Roe\nRédacteur en chef adjoint\n07 décembre 2026 à 14:30\n\n" + STORY
                + "Pour lire la totalité de cet article, abonnez-vous.\n\n"
                + "Suivez l'actualité tech en temps réel grâce à 01net sur Google Actualités et WhatsApp.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("41 %").doesNotContain("Rédacteur", "abonnez-vous", "Google");
    }
}
