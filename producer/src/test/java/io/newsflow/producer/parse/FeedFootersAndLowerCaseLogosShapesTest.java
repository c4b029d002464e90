package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-forty-third held-out round (x895-x900), on other pages: WordPress's footer after a
 * feed description's teaser, a brand written in lower case over its menu ("infobae"), and "Seguir leyendo:" over a link.
 */
class FeedFootersAndLowerCaseLogosShapesTest {

    private static final String MENU = "\nÚltimas Noticias\nPolítica\nEconomía\nSociedad\nDeportes\n\nECONOMÍA\n\n" + HEADLINE + "\n\n";

    @Test
    void shouldLeaveWordPresssFooterOutOfTheLeadWhenAFeedsDescriptionEndsWithIt() {
        Article a = file("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>The Lakeshore Beacon</title><link>https://l.example</link><description>News</description><item><title>" + HEADLINE
                + "</title><link>https://l.example/a</link><pubDate>Sat, 05 Dec 2026 13:20:00 +0000</pubDate><description><![CDATA[The state"
                + " approved the permit. The post <a href=\"https://l.example/a\">Marina wins</a> appeared first on <a href=\"https://l.example\">"
                + "The Lakeshore Beacon</a>.]]></description><content:encoded><![CDATA[<p>" + BODY.replace("\n\n", "</p><p>")
                + "</p>]]></content:encoded></item></channel></rss>", "feed.xml");
        assertThat(a.getLead()).isEqualTo("The state approved the permit.");
    }

    @Test
    void shouldReadABrandInLowerCaseOverItsMenuAsTheMasthead() {
        Article a = parse("infobae" + MENU + "Por Martín Kanenguiser\n\n" + BODY + "\n\nSeguir leyendo:\nCuánto aumentan las prepagas en enero");
        assertThat(a.getSource()).isEqualTo("infobae");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("prepagas");
    }

    @Test
    void shouldWriteTheBrandAsTheTextWritesItWhenItsLogoIsInLowerCase() {
        Article a = parse("stuff" + MENU + "By Olivia Shaw\n\n" + BODY + "\n\nStuff");
        assertThat(a.getSource()).isEqualTo("Stuff");
    }
}
