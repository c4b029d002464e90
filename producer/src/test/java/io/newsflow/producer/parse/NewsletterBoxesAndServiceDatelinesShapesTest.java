package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighty-third held-out round (x1131-x1136), on other inputs: a newsletter box's lines
 * closing a page ("Sign up for our newsletter to stay up to date.", "We care about the protection of your data.") and
 * a messaging channel's plea; a paper's news service named by the paper's whole name ("Tribune News Service" at The
 * Tribune) over a town and a day in natural case ("Chandigarh, December 4").
 */
class NewsletterBoxesAndServiceDatelinesShapesTest {

    @Test
    void shouldDropANewsletterBoxsLinesAndAChannelsPlea() {
        Article a = parse(HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY + "\n\nSign up for our newsletter to stay up to date.\n\n"
                + "We care about the protection of your data. Read our Privacy Policy.\n\nJoin Whatsapp Channel of The Harbour Times for latest updates.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Sign up", "protection of your data", "Whatsapp");
    }

    @Test
    void shouldTakeTheWholeNamesServiceAsThePapersOwnOverANaturalCaseDateline() {
        Article a = parse("The Tribune\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\nTribune News Service\nHarbourtown, November 30\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Tribune");
        assertThat(a.getLead()).startsWith("The council voted");
        assertThat(allText(a)).doesNotContain("News Service", "Harbourtown, November 30");
    }
}
