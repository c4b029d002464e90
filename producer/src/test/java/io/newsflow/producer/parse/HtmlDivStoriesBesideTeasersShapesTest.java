package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-forty-fifth held-out round (x2701-x2706), HTML stories of kinds a reader meets
 * daily: an interview's questions and answers, a wire's closing credits, a key-points box, a newsletter box and a "Most
 * read" list mid-story, a correction (all read right); and a React page's story written in divs, its page's only
 * paragraphs in a sidebar's teasers of other stories, which were read as the story and the story lost whole.
 */
class HtmlDivStoriesBesideTeasersShapesTest {

    @Test
    void shouldReadAStoryOfDivsWhenASidebarsTeasersHoldThePagesOnlyParagraphs() {
        Article article = file("<html><head><title>Denver approves bus rapid transit</title></head><body><div id=\"__next\"><div class=\"Story_root\">"
                + "<h1>Denver approves bus rapid transit</h1><div class=\"Story_body\"><div class=\"Paragraph_root\">Denver City Council on Friday "
                + "approved plans for bus rapid transit along Colfax Avenue, the city's busiest bus corridor.</div><div class=\"Paragraph_root\">"
                + "Buses will run in dedicated center lanes for ten miles between Broadway and Yosemite Street.</div></div></div><div class="
                + "\"Sidebar_root\"><h2>Most read</h2><div class=\"Teaser_root\"><a href=\"/a\">Snowplow crews brace for first big storm</a><p>City "
                + "crews say they are ready for up to a foot of snow this weekend across the metro area, with 70 plows on standby.</p></div>"
                + "<div class=\"Teaser_root\"><a href=\"/b\">Union Station adds late-night trains</a><p>RTD will run two extra trains to the "
                + "airport after midnight on Fridays and Saturdays starting in January, the agency said.</p></div></div></div></body></html>",
                "react.html");

        assertThat(article.getLead()).startsWith("Denver City Council on Friday approved plans");
        assertThat(article.getBody()).extracting(BodyBlock::getText).containsExactly(
                "Buses will run in dedicated center lanes for ten miles between Broadway and Yosemite Street.");
    }
}
