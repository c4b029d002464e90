package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-forty-second held-out round (x1485-x1490), on other inputs: a Notion page with its
 * blocks as its API gives them; a LiveJournal entry (the platform's name as the site's, the journal's title heading the
 * page); an outlet's desk in a town ("Thai PBS World's Bangkok desk") and what the outlet says it is; its app's plea
 * naming it ("Download the TODAY app").
 */
class NotionPagesAndJournalsShapesTest {

    @Test
    void shouldReadANotionPagesPropertiesAndBlocks() {
        Article a = file("{\"page\": {\"object\": \"page\", \"properties\": {\"Name\": {\"type\": \"title\", \"title\": [{\"plain_text\": \"Old bridge"
                + " closes to cars\"}]}, \"Author\": {\"type\": \"people\", \"people\": [{\"object\": \"user\", \"name\": \"Ana Ruiz\"}]}, \"Published\":"
                + " {\"type\": \"date\", \"date\": {\"start\": \"2026-12-05\"}}, \"Tags\": {\"type\": \"multi_select\", \"multi_select\": [{\"name\":"
                + " \"Transport\"}]}}}, \"blocks\": [{\"type\": \"paragraph\", \"paragraph\": {\"rich_text\": [{\"plain_text\": \"The council voted on"
                + " Tuesday to close the old bridge to cars, \"}, {\"plain_text\": \"a decision that split the town.\"}]}}, {\"type\": \"image\","
                + " \"image\": {\"caption\": [{\"plain_text\": \"The bridge at dusk\"}]}}, {\"type\": \"quote\", \"quote\": {\"rich_text\":"
                + " [{\"plain_text\": \"Traders said the closure would cost them customers, while cyclists welcomed it.\"}]}}]}", "page.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(allText(a)).contains("cars, a decision").doesNotContain("at dusk");
    }

    @Test
    void shouldTakeAJournalsTitleOverThePlatformsName() {
        Article a = file("<html><head><title>Old bridge closes to cars: valleyrails — LiveJournal</title><meta property=\"og:site_name\""
                + " content=\"LiveJournal\"></head><body><div class=\"s-header\"><h1><a href=\"https://valleyrails.example/\">Valley Rails</a></h1>"
                + "</div><article class=\"entry\"><h3 class=\"entry-title\">Old bridge closes to cars</h3><div class=\"entry-content\">"
                + BODY.replace("\n\n", "<br /><br />") + "</div><ul><li><a href=\"?mode=reply\">Leave a comment</a></li><li><a href=\"/memadd\">"
                + "Add to memories</a></li></ul></article></body></html>", "entry.html");
        assertThat(a.getSource()).isEqualTo("Valley Rails");
        assertThat(allText(a)).doesNotContain("memories");
    }

    @Test
    void shouldReadAnOutletsDeskInATownWhatItSaysItIsAndItsAppsPlea() {
        Article a = parse("Old bridge closes to cars\n\nValley Times's Riverside desk\n5th Dec 2026\n\n" + BODY
                + "\n\nValley Times is the English news service of the Valley Broadcasting Corporation.\n\nDownload the VALLEY app for the latest news.");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("desk").doesNotContain("news service").doesNotContain("Download");
        assertThat(parse("Old bridge closes to cars\n\nDecember 5, 2026\n\n" + BODY + "\n\nDownload the VALLEY app to stay updated on the latest news.")
                .getSource()).isEqualTo("Valley");
    }
}
