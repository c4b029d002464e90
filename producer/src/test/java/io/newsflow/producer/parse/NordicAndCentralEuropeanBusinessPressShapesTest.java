package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-seventh held-out round (x2415-x2420), business papers of Norway, Iceland,
 * Latvia, Hungary and Croatia: Croatian's "at" before the clock ("07. prosinca 2026. u 10:30", whose clock was lost, in
 * eight older inputs too); Norwegian and Icelandic walls; "Mer fra E24" over the site's other stories.
 */
class NordicAndCentralEuropeanBusinessPressShapesTest {
    private static final String STORY = "Hovedindeksen på Oslo Børs steg 1,3 prosent mandag.\n\nEquinor-aksjen steg 3,2 prosent.\n\n";

    @Test
    void shouldReadTheClockAfterCroatiansAt() {
        Article a = parse("Zagrebačka burza u plusu, Crobex porastao 0,8 posto\nAutor: Marija Brnić\n07. prosinca 2026. u 10:30\n\n"
                + "Crobex je u ponedjeljak porastao 0,8 posto.\n\nNajviše su dobile dionice Podravke.\n");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T10:30:00Z"));
    }

    @Test
    void shouldDropNorwegianAndIcelandicWalls() {
        Article a = parse("Oslo Børs stiger etter sterke tall fra Equinor\nMarius Lie Hansen\n07.12.2026 10:15\n\n" + STORY
                + "Denne artikkelen er for abonnenter\nAllerede abonnent? Logg inn\n\nÞessi grein er aðeins fyrir áskrifendur.\n");
        assertThat(allText(a)).contains("Equinor-aksjen").doesNotContain("abonnent", "áskrifendur");
    }

    @Test
    void shouldDropTheSitesOtherStoriesUnderMoreFrom() {
        Article a = parse("Strømprisen ventes å falle kraftig neste uke\nAv Ingrid Bergheim\n07.12.2026 11:02\n\n" + STORY
                + "Mer fra E24\nStrømstøtten forlenges ut 2027\n");
        assertThat(allText(a)).contains("Equinor-aksjen").doesNotContain("Mer fra", "Strømstøtten");
    }
}
