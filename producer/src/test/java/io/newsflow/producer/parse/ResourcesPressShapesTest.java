package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fiftieth held-out round (x2133-x2138), mining and nuclear trade papers: a tagline
 * of the site's news and its founding year ("Global Mining News Since 1915", read as the headline's kicker before and
 * the whole header lost), a row of items no list knows under the site's name (read as the headline before), a
 * subscription's address and a desk's credit closing the text.
 */
class ResourcesPressShapesTest {
    private static final String STORY = "Surge Copper has reported new drill results at its Berg project.\n\n"
            + "Shares rose 8% in Toronto.\n\n";

    @Test
    void shouldReadTheNameOverATaglineWithItsFoundingYear() {
        Article a = parse("The Northern Miner\nGlobal Mining News Since 1915\nNews  Markets  Exploration  Development  Production  Events  Subscribe\n\n"
                + "EXPLORATION\nDrill results extend copper zone at B.C. project\nJane Roe\nDecember 6, 2026 at 3:15 pm\n\n" + STORY
                + "To subscribe email subscriptions@example.org or click here\n");
        assertThat(a.getSource()).isEqualTo("The Northern Miner");
        assertThat(a.getSection()).isEqualTo("Exploration");
        assertThat(allText(a)).contains("Toronto").doesNotContain("subscribe");
    }

    @Test
    void shouldReadARowOfItemsNoListKnowsUnderTheSitesNameAsItsMenu() {
        Article a = parse("World Nuclear News\nNew Nuclear  Regulation & Safety  Nuclear Policies  Corporate  Uranium & Fuel  Waste & Recycling\n"
                + "06 December 2026\nPoland signs contract for first nuclear plant\n\n" + STORY + "Researched and written by World Nuclear News\n");
        assertThat(a.getTitle()).isEqualTo("Poland signs contract for first nuclear plant");
        assertThat(a.getSource()).isEqualTo("World Nuclear News");
        assertThat(allText(a)).contains("Toronto").doesNotContain("Regulation", "Researched");
    }
}
