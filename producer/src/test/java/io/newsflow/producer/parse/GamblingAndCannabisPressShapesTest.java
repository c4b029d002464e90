package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-seventy-fifth held-out round (x2283-x2288), cannabis and gambling trade papers: a
 * masthead of two words opening with a brand in lower camel case (lost), the site's staff as its byline (read as the
 * outlet "Gambling Insider Staff"), and what the site says of itself closing the text.
 */
class GamblingAndCannabisPressShapesTest {
    private static final String STORY = "The Gambling Commission has fined an online operator £4.5m for failing to protect customers.\n\n"
            + "The regulator has issued more than £100m in fines since 2020.\n\n";

    @Test
    void shouldReadAMastheadOpeningWithABrandInLowerCamelCase() {
        Article a = parse("iGaming Business\nNews | Compliance | Finance | Sports Betting | Casino | Events\nCompliance\n"
                + "UK regulator fines operator £4.5m over safer gambling failures\n7th December 2026\nBy Jane Roe\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("iGaming Business");
        assertThat(a.getSection()).isEqualTo("Compliance");
    }

    @Test
    void shouldReadTheSitesStaffAsNoWriterAndTheSiteAsTheOutlet() {
        Article a = parse("Macau gaming revenue rises 12% in November\nBy Gambling Insider Staff\nDec 06, 2026\n\n" + STORY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("Gambling Insider");
    }

    @Test
    void shouldDropWhatTheSiteSaysOfItself() {
        Article a = parse("Ohio considers raising sports betting tax to 40%\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "Marijuana Moment is made possible with support from readers. If you rely on our journalism, please consider a pledge.\n"
                + "Legal Sports Report provides news and analysis on the legal US sports betting industry.\n");
        assertThat(allText(a)).contains("since 2020").doesNotContain("made possible", "provides news");
    }
}
