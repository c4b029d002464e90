package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-fifth held-out round (x1983-x1988), nonprofit local newsrooms: what each
 * says of itself and asks of its readers under the text ("... is a 501(c)(3) nonprofit newsroom.", "... is an
 * independent, nonprofit news outlet ...", "... is funded by sponsors and member donations.", "... is a program of
 * Cityside, a nonprofit newsroom.", "Support your source for local news!", "Please consider donating to ...").
 */
class LocalNewsroomsShapesTest {

    @Test
    void shouldDropALocalNewsroomsStatementsAndPleasClosingTheText() {
        Article a = parse("City adds bike lanes on Main Street\nBy Jane Roe\nDecember 4, 2026\n\n"
                + "The city will add protected bike lanes on Main Street next summer.\n\nThe council approved the design in October.\n\n"
                + "Rivertown Local is a 501(c)(3) nonprofit newsroom. Every dollar we raise goes toward reporting.\n\n"
                + "Click here to support Rivertown Local with a tax-deductible donation.\n\n"
                + "Rivertown Local is an independent, nonprofit news outlet dedicated to hard-hitting reporting.\n\n"
                + "Rivertown Local is funded by sponsors and member donations.\n\n"
                + "Rivertown Local is a program of Cityside, a nonprofit newsroom.\n\n"
                + "Support your source for local news! People like you make Rivertown Local possible.\n\n"
                + "If you are reading this, you are probably a regular. Please consider donating to Rivertown Local.\n");
        assertThat(allText(a)).contains("approved the design in October.")
                .doesNotContain("501(c)(3)", "Click here", "independent, nonprofit", "funded by sponsors", "program of Cityside",
                        "Support your source", "Please consider donating");
    }
}
