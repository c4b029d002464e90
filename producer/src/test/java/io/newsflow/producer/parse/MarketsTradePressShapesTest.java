package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fifty-second held-out round (x2145-x2150), crypto, insurance and property trade
 * papers: an outlet's disclosure about itself ("Disclosure: CoinDesk is an award-winning media outlet ..."), the
 * writer's bio with a capitalised role ("a Co-Managing Editor on CoinDesk's Markets team"), a newsletter's name and
 * pitch, a topic's alert prompts.
 */
class MarketsTradePressShapesTest {
    private static final String STORY = "Bitcoin rose above $140,000 for the first time on Saturday.\n\n"
            + "Traders said options markets were pricing further gains into year-end.\n\n";

    @Test
    void shouldDropAnOutletsDisclosureAndTheWritersBio() {
        Article a = parse("Bitcoin tops $140,000 for first time\nBy Jane Roe | Edited by John Doe\nDec 6, 2026, 9:14 a.m. UTC\n\n" + STORY
                + "Disclosure: CoinDesk is an award-winning media outlet that covers the cryptocurrency industry.\n"
                + "Jane Roe is a Co-Managing Editor on CoinDesk's Markets team based in Mumbai.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("year-end").doesNotContain("Disclosure", "Co-Managing");
    }

    @Test
    void shouldDropANewslettersNameAndPitchAndATopicsAlerts() {
        Article a = parse("Bitcoin miners sell record amount\nBy Jane Roe\nDec 6, 2026\n\n" + STORY
                + "Daily Debrief Newsletter\nStart every day with the top news stories right now, plus original features.\n"
                + "Interested in California?\nGet automatic alerts for this topic.\n");
        assertThat(allText(a)).contains("year-end").doesNotContain("Debrief", "Start every day", "Interested", "alerts");
    }
}
