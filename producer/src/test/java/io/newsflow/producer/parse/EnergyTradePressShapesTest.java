package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-seventh held-out round (x2115-x2120), energy trade papers: a social row's
 * label naming the site ("Follow Offshore Energy:"), a daily round-up's plug and pitch, "Get the best of <site> in your
 * inbox daily." under the newsletter's name.
 */
class EnergyTradePressShapesTest {
    private static final String STORY = "Orsted has won the right to build a 1.5GW offshore wind farm in the Danish North Sea.\n\n"
            + "The wind farm is due to start generating power in 2032.\n\n";

    @Test
    void shouldDropASocialRowsLabelAndARoundUpsPlug() {
        Article a = parse("Orsted wins offshore wind contract\nDecember 6, 2026, by Jane Roe\n\n" + STORY
                + "Follow Offshore Energy:\nSign up for our daily news round-up!\nGive your business an edge with our leading industry insights.\n");
        assertThat(allText(a)).contains("2032").doesNotContain("Follow", "round-up", "edge");
    }

    @Test
    void shouldDropTheSitesNewsletterUnderItsName() {
        Article a = parse("Heatmap\nClimate  Economy  Electric Vehicles  Energy  Politics  Technology  Newsletters\nEnergy\n"
                + "The biggest solar farm in America just came online\nJane Roe\nDecember 6, 2026\n\n" + STORY
                + "Heatmap Daily\nGet the best of Heatmap in your inbox daily.\nSign up\n");
        assertThat(allText(a)).contains("2032").doesNotContain("Heatmap Daily", "Get the best");
    }
}
