package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighteenth held-out round (x1941-x1946), transport trade papers: a double-spaced
 * menu opening with "Topics", a menu bar with a numbered item ("Top 100"), a writer's name and role under the headline
 * ("Eric Miller | Senior Reporter"), a zone after a comma behind the time ("2:15 PM, EST") and the papers' pointers
 * closing the text ("Click for more FreightWaves articles by ...", "Recommended Reading").
 */
class TradePressShapesTest {

    @Test
    void shouldReadTheSiteNameOverADoubleSpacedMenuWhenTheMenuOpensWithTopics() {
        Article a = parse("Urban Mobility Dive\nTopics  Transit  Housing  Energy  Equity  Events  Newsletter sign up\nTransit\n"
                + "Boise to test on-demand shuttles in two suburbs\nPublished Dec. 4, 2026\nJane Roe\n"
                + "Boise will test on-demand shuttles in two suburbs from April.\nThe test will last a year.\n");
        assertThat(a.getSource()).isEqualTo("Urban Mobility Dive");
        assertThat(a.getSection()).isEqualTo("Transit");
    }

    @Test
    void shouldReadTheSiteNameOverAMenuBarWithANumberedItem() {
        Article a = parse("Fleet Matters\nTrucking  Logistics  Equipment  Safety  Video  Top 100\nSafety\n"
                + "States Tighten Rules for Truck Parking on Ramps\nBy Jane Roe\nDecember 4, 2026\n\n"
                + "Three states tightened their rules for truck parking on highway ramps this week.\n\nThe rules start in March.\n");
        assertThat(a.getSource()).isEqualTo("Fleet Matters");
    }

    @Test
    void shouldReadANameAndRoleUnderTheHeadlineAsTheByline() {
        Article a = parse("Regulators Propose New Rules for Freight Brokers\nJane Roe | Senior Reporter\nDecember 4, 2026\n\n"
                + "Regulators proposed new rules for freight brokers on Friday.\n\nComments are due in February.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).doesNotContain("Senior Reporter");
    }

    @Test
    void shouldLeaveTheWritersBoxClosingTheTextWhenItGivesANameAndRole() {
        // (a guard: the box's name and role closing the text are no byline, and its note is dropped with it, as before)
        Article a = parse("Airport expansion to start in March\n\nBy Jane Roe\nDec 05 2026\n\nThe airport's expansion will start in March.\n\n"
                + "It adds two gates.\n\nJane Roe | Reporter\nJane Roe covers the ports authority for the Tribune.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).doesNotContain("covers the ports authority");
    }

    @Test
    void shouldReadTheZoneAfterACommaBehindTheTime() {
        Article a = parse("Regulators Propose New Rules for Freight Brokers\nBy Jane Roe\nDecember 4, 2026 2:15 PM, EST\n\n"
                + "Regulators proposed new rules for freight brokers on Friday.\n\nComments are due in February.\n");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T19:15:00Z"));
    }

    @Test
    void shouldDropATradePapersPointersClosingTheText() {
        Article a = parse("Railroad adds trains on its Mexico corridor\nBy Jane Roe\nDecember 4, 2026\n\n"
                + "The railroad will add ten trains a week.\n\nShippers asked for faster service.\n\n"
                + "Click for more Rail Weekly articles by Jane Roe.\n\nContact Rail Weekly editorial staff.\n\n"
                + "Want more news? Listen to today's daily briefing above\n\nRecommended Reading\nPort adds a second crane\n");
        assertThat(allText(a)).contains("Shippers asked for faster service.")
                .doesNotContain("Click for more", "editorial staff", "Want more news", "Recommended Reading", "second crane");
    }
}
