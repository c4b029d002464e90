package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-sixty-ninth to seventy-first held-out rounds (x2247-x2264), chemicals, oil and gas,
 * fashion and beauty trade papers: an initials logo with an ampersand over the name it spells out (read as the section,
 * the publisher's copyright as the source), "<outlet> Staff" (read as the outlet), a site named only in its closing
 * statement, "Home/News", a role line with its beat, closing notices; and a story's sentences about cookies, which were
 * dropped as a cookie banner ("the company's use of cookies").
 */
class CommoditiesAndFashionPressShapesTest {
    private static final String STORY = "Dow will close three chemical plants in Europe and cut about 800 jobs.\n\n"
            + "European chemical production has fallen by about 10% since 2021.\n\n";

    @Test
    void shouldKeepAStorysSentencesAboutCookiesAndDropTheSitesCookieBanner() {
        Article a = parse("Regulator fines retailer over tracking\nBy Jane Roe\nDecember 6, 2026\n\n"
                + "The regulator said the company's use of cookies broke privacy law.\n\n"
                + "Google will stop the use of third-party cookies in Chrome next year, the company said.\n\n"
                + "FashionUnited uses cookies to give you the best experience.\n"
                + "Copyright © 2026 Example Media. Privacy Policy. Cookie Policy. Reprints.\n");
        assertThat(allText(a)).contains("use of cookies broke privacy law", "third-party cookies in Chrome")
                .doesNotContain("best experience", "Cookie Policy");
    }

    @Test
    void shouldReadTheNameAnAmpersandsInitialsSpellOutAboveThePublishersCopyright() {
        Article a = parse("Skip to main content\nC&EN\nChemical & Engineering News\nBusiness  Policy  Research  Careers  Magazine\n"
                + "BUSINESS\nDow to close three European plants as demand stays weak\nby Jane Roe\nDecember 7, 2026\n\n" + STORY
                + "Copyright © 2026 American Chemical Society\n");
        assertThat(a.getSource()).isEqualTo("Chemical & Engineering News");
        assertThat(a.getSection()).isEqualTo("Business");
    }

    @Test
    void shouldReadTheOutletFromItsStaffAndFromItsClosingStatement() {
        Article a = parse("Plastics News\nMaterials  Recycling  Packaging  Automotive  Medical  Equipment\nRecycling\n"
                + "Recyclers warn of closures as virgin resin prices fall\nDecember 6, 2026 02:00 AM\nJANE ROE\nPlastics News Staff\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Plastics News");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        Article b = parse("Oil Prices Edge Higher on OPEC+ Supply Talk\nJane Roe | Rigzone Staff | Saturday, December 06, 2026\n\n" + STORY);
        assertThat(b.getSource()).isEqualTo("Rigzone");
        assertThat(b.getAuthors()).containsExactly("Jane Roe");
        Article c = parse("Fastmarkets\nLithium prices rebound as Chinese producers cut output\nBy Jane Roe\nPublished 6 Dec 2026 16:42 GMT\n\n"
                + STORY + "Fastmarkets is a leading price reporting agency for the commodities markets.\nRequest a demo\n");
        assertThat(c.getSource()).isEqualTo("Fastmarkets");
        assertThat(c.getSection()).isNull();
        assertThat(allText(c)).doesNotContain("leading price", "demo");
    }

    @Test
    void shouldReadATightHomeTrailAndDropARoleLineWithItsBeat() {
        Article a = parse("Offshore Technology\nNews  Analysis  Features  Projects  Companies\nHome/News\n"
                + "Floating wind project off Scotland reaches financial close\nJane Roe December 7, 2026\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        Article b = parse("Permian Operator Agrees to $2.4B Bolt-On Deal\nJane Roe\nSenior Editor, Shale/A&D\nFri, 12/06/2026 - 11:04 AM\n\n" + STORY);
        assertThat(b.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(b)).doesNotContain("Senior Editor");
    }

    @Test
    void shouldDropClosingCreditsWallsAndPleas() {
        Article a = parse("Asia petrochemical margins slump\nBy Jane Roe\n2026/12/07\n\n" + STORY
                + "Focus article by Jane Roe\nThumbnail photo: Petrochemical complex in Singapore (Source: Shutterstock)\n"
                + "What do you think? We'd love to hear from you, join the conversation on the Rigzone Energy Network.\n"
                + "Send comments and request more information at feedback@argusmedia.com\nLearn more about BoF Professional\n"
                + "You are not currently logged in. Please log in or register to view this content.\n");
        assertThat(allText(a)).contains("since 2021").doesNotContain("Focus article", "Thumbnail", "What do you think", "Send comments",
                "BoF Professional", "logged in");
    }
}
