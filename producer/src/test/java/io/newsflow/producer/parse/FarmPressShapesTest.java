package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-third held-out round (x2031-x2036), farming trade papers: a pointer to the
 * site's address closing the text ("For more news, go to www.Agri-Pulse.com."), a paywall's note for subscribers and
 * members, a rail of the writer's other stories ("Robert Arnason's recent articles").
 */
class FarmPressShapesTest {
    private static final String STORY = "Canadian processors crushed a record 1.2 million tonnes of canola in November.\n\n"
            + "Crush margins remain strong, analysts said.\n\n";

    @Test
    void shouldDropAPointerToTheSitesAddressAndAPaywallsNote() {
        Article a = parse("Canola crush hits record\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "For more news, go to www.Agri-Pulse.com.\n");
        assertThat(allText(a)).contains("analysts said").doesNotContain("For more news");
        Article b = parse("Milk price cuts expected\nJane Roe\n05 December 2026\n\n" + STORY
                + "This content is available to digital subscribers and loyalty scheme members only.\n");
        assertThat(allText(b)).contains("analysts said").doesNotContain("digital subscribers");
    }

    @Test
    void shouldEndTheTextAtARailOfTheWritersOtherStories() {
        Article a = parse("Canola crush hits record\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "Jane Roe's recent articles\nWheat exports slow\nShare this article\n");
        assertThat(allText(a)).contains("analysts said").doesNotContain("recent articles", "Wheat exports");
    }
}
