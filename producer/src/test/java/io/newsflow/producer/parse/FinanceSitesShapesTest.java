package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-first held-out round (x1959-x1964), financial news sites: a byline's role
 * naming the site by its initials ("SA News Editor"), a company's ticker over the headline ("CSX Corporation (CSX)"),
 * "More on CSX" over related headlines, a stock market desk in the menu and over the headline, an update stamp before
 * the original one ("Updated ... / Original ..."), and a finance site's pitch and disclosure under the text.
 */
class FinanceSitesShapesTest {
    private static final String STORY = "The railroad raised its dividend by 8% on Friday.\n\nThe dividend is payable on Dec. 31.\n\n";

    @Test
    void shouldKeepTheMastheadWhenTheBylinesRoleNamesItByItsInitials() {
        Article a = parse("Freight Alpha\nHome  Market News  Stock Ideas  Dividends  Earnings\nRailroad raises its quarterly dividend by 8%\n"
                + "Dec. 04, 2026 8:32 AM ET\nBy: Jane Roe, FA News Editor\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Freight Alpha");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldTakeACompanysTickerOverTheHeadlineAsNoSectionAndDropMoreOnItsName() {
        Article a = parse("Union Pacific Corporation (UNP)\nUnion Pacific raises its quarterly dividend by 8%\nDec. 04, 2026 8:32 AM ET\n"
                + "By Jane Roe\n\n" + STORY + "More on Union Pacific\nUnion Pacific: Volumes Are Recovering\n");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("(UNP)", "More on Union Pacific", "Volumes Are Recovering");
    }

    @Test
    void shouldReadAStockMarketDeskOverTheHeadlineAsTheSection() {
        Article a = parse("Markets.com\nMarkets  News  Analysis  Charts  Technical  Brokers  Tools  Academy\nStock Market News\n"
                + "Railroad shares fall as strike deadline nears\nPublished 12/04/2026, 10:41 AM\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Stock Market News");
    }

    @Test
    void shouldReadTheOriginalStampAfterTheUpdateOne() {
        Article a = parse("Railroad Stocks Rally as Freight Volumes Pick Up\nBy Jane Roe\n"
                + "Updated Dec 04, 2026, 12:45 pm EST / Original Dec 04, 2026, 10:30 am EST\n\n" + STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T15:30:00Z"));
    }

    @Test
    void shouldDropAFinanceSitesPitchDisclosureAndMachineNote() {
        Article a = parse("Is the Railroad's Stock a Buy Now?\nBy Jane Roe – Dec 4, 2026 at 6:15AM\n\n" + STORY
                + "Should you invest $1,000 in Rail Co. right now?\n\nBefore you buy stock in Rail Co., consider this: our team picked ten.\n\n"
                + "Jane Roe has no position in any of the stocks mentioned. The Fool Review has a disclosure policy.\n\n"
                + "This article was generated with the support of AI and reviewed by an editor.\n");
        assertThat(allText(a)).contains("payable on Dec. 31")
                .doesNotContain("Should you invest", "Before you buy", "disclosure policy", "support of AI");
    }
}
