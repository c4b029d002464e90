package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-third held-out round (x1791-x1796), on other inputs: a page scraped without
 * blank lines, its menu one item a line right over the headline and a photographer's credit under a caption; a
 * station's call sign in its dateline ("(KABC)" under "ABC7 Los Angeles") and its "By ABC7.com staff"; the name as the
 * site spells it in its plea ("Support HuffPost") over our natural case of its shouted logo; share and contact lines.
 */
class UnbrokenPagesAndStationsShapesTest {

    @Test
    void shouldTakeNoSectionFromTheLastItemOfAMenuRightOverTheHeadlineNorAWriterFromAPhotoCredit() {
        Article a = parse("Chicago Sun-Times\nNews\nSports\nPolitics\nBusiness\nEntertainment\nOpinion\nSuburbs\n"
                + "Old bridge to close to cars from the spring\nBy David Struett\nDec 5, 2026, 7:15pm CST\n"
                + "A car crosses the old bridge.\nPat Nabong/Sun-Times\n"
                + "The council voted on Tuesday to close the old bridge to cars from the spring.\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n");
        assertThat(a.getTitle()).isEqualTo("Old bridge to close to cars from the spring");
        assertThat(a.getSection()).isNull();
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
        assertThat(a.getAuthors()).containsExactly("David Struett");
        assertThat(a.getSource()).isEqualTo("Chicago Sun-Times");
        assertThat(allText(a)).contains("lose customers").doesNotContain("Nabong");
    }

    @Test
    void shouldKeepAStationsNameOverItsCallSignAndNameNoOneForItsStaff() {
        Article a = parse("ABC7 Los Angeles\nWATCH LIVE\nLocal News | Weather | Traffic | Entertainment | Sports\n\n"
                + "Old bridge to close to cars from the spring\n\nLocal News\n\nBy ABC7.com staff\nSaturday, December 6, 2026 2:15PM\n\n"
                + "LOS ANGELES (KABC) -- The council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n");
        assertThat(a.getSource()).isEqualTo("ABC7 Los Angeles");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldSpellTheNameAsThePleaDoesAndDropShareAndContactLines() {
        Article a = parse("HUFFPOST\nNews | Politics | Entertainment | Life | Voices\n\nPOLITICS\n\nOld Bridge To Close To Cars From The Spring\n\n"
                + "By Igor Bobic\nDec 5, 2026, 11:42 PM EST\nShare this article via facebook\nShare this article via x\n\n"
                + "The council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n\n"
                + "Get in touch with our news team by emailing us at news@example.test.\n\n"
                + "Support HuffPost\nAt HuffPost, we believe that everyone needs high-quality journalism.\n");
        assertThat(a.getSource()).isEqualTo("HuffPost");
        assertThat(allText(a)).contains("lose customers").doesNotContain("Share this article", "Get in touch", "high-quality");
    }
}
