package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-forty-third held-out round (x2689-x2694), HTML pages built around the story's text:
 * a story written in divs of spans whose page's only paragraphs were the site's footer (the footer read as the story, the
 * story lost whole), a classic WordPress theme whose {@code h1} is the site's name and whose post's text is bare, under a
 * caption (the site's name as the title, the caption as the standfirst), and a subscribers' notice before the rest of a
 * paywalled text.
 */
class HtmlFootersCaptionsAndNoticesShapesTest {

    @Test
    void shouldReadAStoryOfDivsWhenTheSitesFooterHoldsThePagesOnlyParagraphs() {
        Article article = file("<html><head><title>Durban's new bus line opens</title></head><body><div class=\"wrap\"><h1>Durban's new bus "
                + "line opens</h1><div class=\"content\"><div class=\"text-block\"><span>The first buses on Durban's C1 line carried passengers "
                + "on Sunday morning, twelve years after construction began.</span></div><div class=\"text-block\"><span>The 25-kilometre route "
                + "links Bridge City with the city centre along dedicated lanes.</span></div><div class=\"text-block\"><span>The eThekwini "
                + "municipality said fares would be free for the first two weeks, and that the C2 line would follow in 2028.</span></div></div></div><div class=\"site-footer\"><p>Coastal "
                + "Mercury is KwaZulu-Natal's independent daily, published in Durban since 1998 and read by half a million people every week."
                + "</p><p>Our newsroom follows the Press Code of South Africa and welcomes complaints to the Press Ombud.</p></div></body></html>",
                "divs.html");

        // (a footer holding less of the page's text than the story: a footer holding more is left, as a side column is)
        assertThat(article.getLead()).startsWith("The first buses on Durban's C1 line");
        assertThat(article.getBody()).extracting(BodyBlock::getText).containsExactly(
                "The 25-kilometre route links Bridge City with the city centre along dedicated lanes.",
                "The eThekwini municipality said fares would be free for the first two weeks, and that the C2 line would follow in 2028.");
    }

    @Test
    void shouldTakeThePostsTitleAndLeaveTheCaptionOutWhenAClassicThemesH1IsTheSitesName() {
        Article article = file("<html><head><title>Bozeman library expansion opens &#8211; Gallatin Valley Post</title></head><body><div id=\"header\">"
                + "<h1 class=\"site-title\"><a href=\"/\">Gallatin Valley Post</a></h1></div><div class=\"post\"><h2 class=\"entry-title\">Bozeman "
                + "library expansion opens</h2><div class=\"entry\"><div class=\"wp-caption\"><img src=\"a.jpg\"><p class=\"wp-caption-text\">The new "
                + "reading room on Saturday.</p></div>The Bozeman Public Library opened its new east wing on Saturday, adding a children's floor."
                + "<br /><br />The $12 million expansion was paid for by a bond voters approved in 2023.</div></div></body></html>", "classic.html");

        assertThat(article.getTitle()).isEqualTo("Bozeman library expansion opens");
        assertThat(article.getLead()).isEqualTo("The Bozeman Public Library opened its new east wing on Saturday, adding a children's floor.");
    }

    @Test
    void shouldDropASubscribersNoticeWhenThePaywalledRestFollowsIt() {
        Article article = file("<html><head><title>Inverness airport adds Amsterdam</title></head><body><article><h1>Inverness airport adds "
                + "Amsterdam</h1><div class=\"article-body\"><p>Inverness airport will add a daily direct flight to Amsterdam from April, its "
                + "operator said on Sunday.</p><div class=\"notice\"><p>This article is for subscribers. Subscribe now for unlimited access.</p>"
                + "</div><p>Highlands and Islands Airports said the route would connect the region with more than 200 destinations.</p></div>"
                + "</article></body></html>", "paywall.html");

        assertThat(article.getBody()).extracting(BodyBlock::getText).noneMatch(t -> t.contains("for subscribers"));
    }
}
