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
 * Shapes met in the two-hundred-and-fifty-fifth held-out round (x1563-x1568), on other inputs: a channel's post as
 * Telegram's Bot API delivers it, its bold opening span the headline; a site's name after "»" in the window title and
 * as the heading inside the header's link home, and "Tagged:" (Silverstripe's); a date label glued to the date
 * ("Published5 Dec 2026"), a "Summary" label over the standfirst, a comma glued to the year ("05 December,2026").
 */
class BotUpdatesAndGluedStampsShapesTest {

    @Test
    void shouldReadABotApiChannelPostWithItsBoldSpanAsTheHeadline() {
        String text = "Old bridge closes to cars\\n\\nThe old bridge over the river closed to cars on Saturday after engineers found "
                + "cracks in two of its piers.\\n\\nBuses will use the ring road until the repairs are done in the spring.";
        Article a = file("{\"update_id\": 1, \"channel_post\": {\"message_id\": 7, \"chat\": {\"title\": \"Valley Post\", \"username\": "
                + "\"valleypost\", \"type\": \"channel\"}, \"date\": 1796472000, \"text\": \"" + text + "\", \"entities\": [{\"offset\": 0, "
                + "\"length\": 25, \"type\": \"bold\"}]}}", "update.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getSource()).isEqualTo("Valley Post");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T12:00:00Z");
    }

    @Test
    void shouldReadTheSiteFromTheHeadingInItsLinkHomeAndDropATaggedLine() {
        Article a = file("<html><head><title>Old bridge closes to cars &raquo; Vale District Council</title></head><body><header>"
                + "<a href=\"/\" class=\"brand\" rel=\"home\"><h1>Vale District Council</h1><p>Serving the Vale</p></a></header><article>"
                + "<h1>Old bridge closes to cars</h1>" + HTML_BODY + "<div class=\"blog-post-footer\"><p>Tagged: <a href=\"/tag/roads\">"
                + "roads</a>, <a href=\"/tag/bridges\">bridges</a></p></div></article></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Vale District Council");
        assertThat(allText(a)).doesNotContain("Tagged");
    }

    @Test
    void shouldReadAGluedDateLabelAGluedYearAndDropASummaryLabel() {
        Article a = parse("Old bridge closes to cars\n\nAna Ruiz\nPublished5 Dec 2026, 10:34 AM IST\n\nSummary\nThe bridge shuts for a "
                + "year of repairs.\n\n" + BODY);
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T05:04:00Z");
        assertThat(allText(a)).doesNotContain("Summary");
        assertThat(parse("Old bridge closes to cars\n\nWeb Desk\n05 December,2026 11:20 am\n\n" + BODY).getPublishedAt())
                .hasToString("2026-12-05T11:20:00Z");
    }
}
