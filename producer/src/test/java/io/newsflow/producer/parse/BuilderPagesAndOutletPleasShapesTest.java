package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the hundred-and-ninety-sixth held-out round (x1209-x1214), on other inputs: Blogger's API post and its
 * labels; a site builder's page (Tilda's: a label and date over the headline, "Words: <name>" closing the text, "Back to
 * all news", "© ... · Made on Tilda"); a regional government's page whose footer is a div (1C-Bitrix's); a kicker trail
 * whose first segment is two capitalised words ("ASEAN Beat | Economy"); a plea under "Support <the outlet>"; a closing
 * author box's labels and a subscription prompt.
 */
class BuilderPagesAndOutletPleasShapesTest {

    /** Two more paragraphs: a page this long is read as markup, not as the text of a thin page. */
    private static final String LONGER = "<p>The plant will replace three coal-fired boiler houses built in the 1970s, cutting the"
            + " city's emissions of fine dust by about a fifth, the regional akimat said in a statement on Friday.</p><p>Construction"
            + " is due to be finished in September 2027 at a cost of 38 billion tenge, the akim said at a briefing for the press.</p>";

    @Test
    void shouldReadBloggersLabelsAsTheSection() {
        Article a = file("{\"kind\": \"blogger#post\", \"published\": \"2026-11-29T18:42:00-08:00\", \"title\": \"" + HEADLINE
                + "\", \"content\": \"" + HTML_BODY + "\", \"author\": {\"displayName\": \"Ruth Calloway\"}, \"labels\": [\"County\", \"Roads\"]}",
                "post.json");
        assertThat(a.getSection()).isEqualTo("County");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T02:42:00Z"));
    }

    @Test
    void shouldReadASiteBuildersLabelDateCreditAndCopyright() {
        Article a = parse("Transport · 30 November 2026\n\n" + HEADLINE + "\n\n" + BODY + "\n\nWords: Mark Penrose\n\n← Back to all news\n\n"
                + "© 2026 Portloe Post · Made on Tilda");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getAuthors()).containsExactly("Mark Penrose");
        assertThat(a.getSource()).isEqualTo("Portloe Post");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Words:", "Back to all news", "Tilda");
    }

    @Test
    void shouldReadTheCopyrightOfAFooterWrittenAsADiv() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"header\"><a href=\"/en/\">Home</a></div>"
                + "<div class=\"content\"><h1>" + HEADLINE + "</h1><div class=\"news-detail\">" + HTML_BODY + LONGER + "</div></div>"
                + "<div class=\"footer\"><p>© 2026 Akimat of Kostanay Region. All rights reserved.</p></div></body></html>", "news.html");
        assertThat(a.getSource()).isEqualTo("Akimat of Kostanay Region");
    }

    @Test
    void shouldReadAKickerTrailWhoseFirstSegmentLooksLikeAName() {
        Article a = parse("The Diplomat\nAsia Defense\nChina Power\nTokyo Report\nMagazine\n\nASEAN Beat | Economy | Southeast Asia\n\n" + HEADLINE + "\n\nBy Khanh Vu\nNovember 30, 2026\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("ASEAN Beat");
    }

    @Test
    void shouldDropAPleaUnderSupportTheOutletAndAClosingAuthorBox() {
        Article a = parse("Eurasianet\nRegions\nTopics\nPerspectives\nPodcast\n\n" + HEADLINE + "\n\nBy Ayzirek Imanaliyeva\nNovember 30, 2026\n\n" + BODY
                + "\n\nAuthors\nGuest Author\n\nEnjoying this article? Click here to subscribe for full access. Just $5 a month.\n\n"
                + "Support Eurasianet\nYour support helps us deliver independent news and analysis.\nDonate now");
        assertThat(allText(a)).contains("cyclists welcomed it")
                .doesNotContain("Guest Author", "Enjoying", "Support Eurasianet", "Your support", "Donate");
    }
}
