package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-seventy-sixth and seventy-seventh held-out rounds (x2289-x2300), defence and crypto
 * press: a closing offer of the paid tier ("Want to read more? ..."), a trail of two set apart by two spaces ("Home  News",
 * read as a section "Home News"), a writer's nickname quoted between the names (lost, and the coins under "Mentioned in
 * this article" read as the writer), a guest post's disclaimer, a note that the text is no investment advice, and the
 * site's box of newsletters, each with its pitch.
 */
class DefenceAndCryptoPressShapesTest {
    private static final String STORY = "Estonia has signed a deal for six more rocket launchers, doubling its earlier order.\n\n"
            + "Deliveries will begin in 2027, the country's defence investment centre said.\n\n";

    @Test
    void shouldDropAClosingOfferOfThePaidTier() {
        Article a = parse("UK orders two more tanker aircraft\nBy Jane Roe\n07 December 2026\n\n" + STORY
                + "Want to read more? For analysis on this article and access to all our insights content, please enquire about "
                + "our subscription options at example.com/contact.\n");
        assertThat(allText(a)).contains("in 2027").doesNotContain("Want to read more");
    }

    @Test
    void shouldReadATrailOfTwoSetApartBySpaces() {
        Article a = parse("Army Weekly\nNews  Analysis  Features  Projects  Data\nHome  News\n"
                + "Estonia signs deal for six more rocket launchers\nJane Roe\nDecember 7, 2026\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadAWritersQuotedNicknameAndNotTheMentionedNamesAsWriters() {
        Article a = parse("Solana network processes record daily transactions\nLiam 'Akiba' Wright\nDec. 7, 2026 at 9:15 am UTC\n\n"
                + STORY + "Mentioned in this article\nSolana  Ethereum  Coinbase\n");
        assertThat(a.getAuthors()).containsExactly("Liam 'Akiba' Wright");
        assertThat(allText(a)).doesNotContain("Mentioned in this article", "Coinbase");
    }

    @Test
    void shouldReadAGuestPostsDisclaimerAsOpinionAndDropIt() {
        Article a = parse("Why small miners still matter\nBy Sarah Okafor\nDec 7, 2026\n\n" + STORY
                + "This is a guest post by Sarah Okafor. Opinions expressed are entirely their own and do not necessarily reflect "
                + "those of Example Inc.\n");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(allText(a)).doesNotContain("guest post", "Opinions expressed");
    }

    @Test
    void shouldDropTheInvestmentDisclaimerAndTheNewsletterBox() {
        Article a = parse("Crypto hedge funds post best month of the year\nBen Strack\nDecember 7, 2026\n\n" + STORY
                + "This article does not contain investment advice or recommendations. Every investment involves risk.\n\n"
                + "Subscribe to The Ledger's newsletter to get the latest news in your inbox.\n\n"
                + "The Breakdown: Decoding crypto and the markets. Daily.\n0xResearch: Alpha in your inbox. Think like an analyst.\n");
        assertThat(allText(a)).contains("in 2027").doesNotContain("investment advice", "Subscribe", "Breakdown", "0xResearch");
    }
}
