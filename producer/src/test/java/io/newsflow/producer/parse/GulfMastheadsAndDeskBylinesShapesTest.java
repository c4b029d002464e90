package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-third held-out round (x1371-x1376), on other inputs: a shop's blog article
 * with its tags as one string (Shopify's); a logo of initials over the name they stand for (GDN Online's); a desk's
 * dated byline (Naharnet's); an edition's language switch alone on its line (Ammon News's).
 */
class GulfMastheadsAndDeskBylinesShapesTest {

    @Test
    void shouldTakeTheFirstOfATagStringForTheSection() {
        Article a = file("{\"article\": {\"title\": \"Old bridge closes to cars\", \"body_html\": \"" + HTML_BODY + "\", \"author\": \"Ana Ruiz\","
                + " \"published_at\": \"2026-12-01T09:00:00-05:00\", \"tags\": \"bridges, Council\"}}", "article.json");
        assertThat(a.getSection()).isEqualTo("Bridges");
    }

    @Test
    void shouldTakeTheNameTheLogosInitialsStandFor() {
        Article a = parse("VDN Online\nValley Daily News\n\nLocal | Business | Sport | Opinion | World\n\nOld bridge closes to cars\n\n"
                + "By ANA RUIZ\nManama, Dec 1, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valley Daily News");
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldReadADesksDatedBylineAsTheOutletsWithNoWriter() {
        Article a = parse("Old bridge closes to cars\n\nby Valleynet Newsdesk 01 December 2026, 13:10\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("Valleynet");
    }

    @Test
    void shouldDropALanguageSwitchAloneOnItsLine() {
        Article a = parse("Valley News\n\nEnglish\n\nLocal | Business | World | Features\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("English");
    }
}
