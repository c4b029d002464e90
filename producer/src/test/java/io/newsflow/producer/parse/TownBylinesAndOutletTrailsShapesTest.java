package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-tenth held-out round (x697-x702: three pages in the shared samples' shapes, Aftenposten,
 * the Süddeutsche Zeitung, The Age), each on other names: an inline byline with the writer's town after the outlet, a
 * trail rooted in the site's own name, and the closing furniture of a trial's pitch, a bio's contact button and a
 * "Most Viewed in" list.
 */
class TownBylinesAndOutletTrailsShapesTest {

    @Test
    void shouldReadTheWriterWhenTheInlineBylineNamesATownAfterTheOutlet() {
        for (String byline : new String[] {"Lena BRANDT, Harbour Monitor (Kiel): ", "Lena BRANDT, Harbour Monitor, Kiel: "}) {
            Article a = parse(HEADLINE + "\n\n" + byline + BODY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Lena Brandt");
            assertThat(a.getLead() + a.getBody()).as(byline).doesNotContain("BRANDT").startsWith("The council voted");
        }
    }

    @Test
    void shouldReadTheSectionAfterTheRootWhenTheTrailOpensWithTheSitesName() {
        Article a = parse("Frankfurter Rundschau > Hessen > Darmstadt\n\n" + HEADLINE + "\n\nVon Jonas Keller\n\n" + BODY);
        assertThat(a.getSection()).hasToString("Hessen");
        // a section's own name opening a trail is still the section
        Article sport = parse("Sport > Football > Premier League\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(sport.getSection()).hasToString("Sport");
    }

    @Test
    void shouldDropTheClosingFurnitureWhenATrialPitchABioButtonOrAMostViewedListEndsThePage() {
        Article a = parse(HEADLINE + "\n\nBy Mia Thornton\n\n" + BODY
                + "\n\nMit FR Plus bestens informiert – 30 Tage kostenlos testen. Jetzt bestellen"
                + "\n\nMia Thornton is the paper's transport reporter.\nConnect via email.\n\nMost Viewed in Business\nBanks raise mortgage rates again");
        assertThat(a.getLead() + a.getBody()).doesNotContain("kostenlos", "Connect via", "Most Viewed", "Banks raise")
                .doesNotContain("transport reporter").contains("cyclists"); // (the writer's bio leaves too: ClosingBios)
    }
}
