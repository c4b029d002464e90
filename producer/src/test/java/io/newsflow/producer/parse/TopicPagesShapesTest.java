package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.producer.parse.text.NameCase;

/**
 * Shapes of the held-out pages on other topics (x123-x134, 2026-11-30: politics, markets,
 * football, courts, earnings, weather): a wire byline of two writers in capitals glued to the
 * agency, a section's subsection on the label line, a site's "Follow us" accounts line, a writer's
 * closing line naming the outlet, a wire dateline with only a date, a masthead in capitals. Each rule tested on other names and on the lines it must leave alone.
 */
class TopicPagesShapesTest {
    private static final String HEADLINE = "Senate passes bill to keep government open through September";
    private static final String BODY = "The Senate passed a stopgap spending bill late Friday that keeps the federal "
            + "government running.\n\nThe 54-46 vote followed a week of turmoil among Democrats.";

    @Test
    void shouldReadBothWritersAndTheAgencyWhenACapitalsBylineJoinsTwoNames() {
        Article a = parse(HEADLINE + "\n\nBy LISA MASCARO and KEVIN FREKING Associated Press\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Lisa Mascaro", "Kevin Freking");
        assertThat(a.getSource()).isEqualTo("Associated Press");
        assertThat(parse(HEADLINE + "\n\nBy ANNA BERG & OLE HANSEN Reuters\n\n" + BODY).getAuthors())
                .containsExactly("Anna Berg", "Ole Hansen");
    }

    @Test
    void shouldTakeNoOutletFromTheLabelLineWhenItNamesASectionAndItsSubsection() {
        Article a = parse("Markets | Economy\n\nStocks slide as Fed signals fewer rate cuts this year\n\n"
                + "By Anna Kowalski | March 19, 2025\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Markets");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("Markets | Economy");
    }

    @Test
    void shouldDropTheLineWhenASiteListsTheAccountsToFollow() {
        for (String line : new String[] {"Follow us on Facebook | Twitter | Instagram", "Follow us on X",
            "Suivez-nous sur Facebook | Instagram | YouTube"}) {
            assertThat(allText(parse(HEADLINE + "\n\n" + BODY + "\n\n" + line))).as(line).doesNotContain("Follow", "Suivez");
        }
        assertThat(allText(parse(HEADLINE + "\n\n" + BODY + "\n\nFans follow us on the road, the coach said.")))
                .contains("Fans follow us on the road");
    }

    @Test
    void shouldTakeTheOutletWhenTheWritersClosingLineSaysWhomTheyReportFor() {
        Article a = parse(HEADLINE + "\n\nBy Anna Kowalski\n\n" + BODY + "\n\nAnna Kowalski covers markets for Capital Street Daily.");
        assertThat(a.getSource()).isEqualTo("Capital Street Daily");
        assertThat(allText(a)).doesNotContain("covers markets"); // (the writer's bio, not the story: ClosingBios)
        assertThat(parse(HEADLINE + "\n\nBy Anna Kowalski\n\n" + BODY + "\n\nAnna Kowalski is a senior business reporter "
                + "at The Courier.").getSource()).isEqualTo("The Courier");
        assertThat(parse(HEADLINE + "\n\nBy Anna Kowalski\n\n" + BODY + "\n\nAnna Kowalski is health editor of The "
                + "Midlands Courier.").getSource()).isEqualTo("The Midlands Courier");
        // an employer is not the outlet
        assertThat(parse(HEADLINE + "\n\nBy Anna Kowalski\n\n" + BODY + "\n\nAnna Kowalski is a trade policy fellow at "
                + "the Vienna Institute.").getSource()).isNull();
    }

    @Test
    void shouldTakeTheAgencyWhenAWireDatelineWritesOnlyTheDate() {
        Article a = parse("Nike quarterly sales fall less than feared, shares rise\n\nMarch 20 (Reuters) - Nike reported a "
                + "smaller-than-expected drop in quarterly revenue on Thursday.\n\nSales in China fell 17%.");
        assertThat(a.getSource()).isEqualTo("Reuters");
        assertThat(parse("Markets rally\n\n20 March (Reuters) - Stocks rose on Thursday.\n\nBonds fell.").getSource())
                .isEqualTo("Reuters");
        // a version in brackets is no dateline
        assertThat(parse("Release notes\n\nVersion 2 (beta) - The update fixes three bugs.\n\nIt ships today.").getSource())
                .isNull();
    }

    @Test
    void shouldWriteTheOutletInNaturalCaseWhenItsMastheadIsInCapitals() {
        Article a = parse("IRISH COASTAL TIMES\nNews | Sport | Business | Opinion | Weather\n\n"
                + "Storm Eowyn leaves 700,000 homes without power\n\nMore than 700,000 homes were left without "
                + "electricity on Friday after the storm brought record winds.\n\nSchools were closed.");
        assertThat(a.getSource()).isEqualTo("Irish Coastal Times");
        assertThat(NameCase.outlet("DER SPIEGEL")).isEqualTo("Der Spiegel");
        assertThat(NameCase.outlet("ABC NEWS")).isEqualTo("ABC News");
        assertThat(NameCase.outlet("NEW YORK TIMES")).isEqualTo("New York Times");
        assertThat(NameCase.outlet("NPR")).isEqualTo("NPR");
    }

    @Test
    void shouldKeepTheStationsNameAndSectionWhenItsDatelineGivesTheCallSign() {
        Article a = parse("KXRT News 8 | Local News\n\nPolice arrest suspect in Dallas shooting\n\n"
                + "DALLAS (KXRT) \u2014 Dallas police on Tuesday arrested a 24-year-old man.\n\nHe was booked into jail."
                + "\n\nRelated topics: Crime, Dallas");
        assertThat(a.getSource()).isEqualTo("KXRT News 8");
        assertThat(a.getSection()).isEqualTo("Local News");
        assertThat(allText(a)).doesNotContain("Related topics");
        // share buttons one per line, "X" and "Email" among them
        Article buttons = parse(HEADLINE + "\n\nFacebook\nX\nWhatsapp\nEmail\n\n" + BODY);
        assertThat(allText(buttons)).doesNotContain("Email", "Whatsapp");
        assertThat(buttons.getLead()).startsWith("The Senate passed");
        // a wire's name is no call sign, but its sign-off names it in full: "Kyodo News" over the dateline's "Kyodo"
        assertThat(parse("Japan restarts reactors\n\nTOKYO, Nov 29 (Kyodo) -- Japan's regulator approved it.\n\n"
                + "Kyodo News").getSource()).isEqualTo("Kyodo News");
    }

    @Test
    void shouldReadTheWriterAndOutletWhenAClosingLineSignsWithADashAndNoDeskAsOutlet() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n\u2014 Sara Mendez, The Willamette Courier");
        assertThat(a.getAuthors()).containsExactly("Sara Mendez");
        assertThat(a.getSource()).isEqualTo("The Willamette Courier");
        assertThat(allText(a)).doesNotContain("Sara Mendez");
        Article desk = parse(HEADLINE + "\n\n" + BODY + "\n\nRugby Desk");
        assertThat(desk.getSource()).isNull();
        assertThat(allText(desk)).doesNotContain("Rugby Desk");
    }
}
