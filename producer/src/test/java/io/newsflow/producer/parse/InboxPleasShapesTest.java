package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * The shape met in the two-hundred-and-fifty-eighth held-out round (x1581-x1586), on other inputs: a regional site's
 * newsletter plea that promises updates "direct to your inbox"; a story's sentence about its readers' inboxes stays.
 */
class InboxPleasShapesTest {

    @Test
    void shouldDropAPleaForDailyUpdatesToYourInboxButKeepAStorysSentence() {
        Article a = parse("Old bridge closes to cars\n\nBy Ana Ruiz\n06:00, 5 DEC 2026\n\n" + BODY + "\n\nResidents will get weekly "
                + "reminders about the closure in their inbox, the council said.\n\nGet daily updates on all the news from the valley "
                + "direct to your inbox. Sign up for our free newsletter here.\n");
        assertThat(allText(a)).doesNotContain("Get daily updates").contains("reminders about the closure in their inbox");
    }
}
