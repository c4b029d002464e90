package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-thirty-second held-out round (x1425-x1430), on other inputs: a Nostr long-form event
 * (NIP-23); a blog's plain link home in its header that ends the window title (Mataroa's); a brand of a lower-case letter
 * and capitals over a menu bar and Czech share buttons (iROZHLAS's); a Hungarian follow prompt (Index's); an outlet's
 * office signing and its line about itself (Kafkadesk's).
 */
class NostrEventsAndCentralEuropeanPagesShapesTest {

    @Test
    void shouldReadANostrLongFormEventsTags() {
        Article a = file("{\"kind\": 30023, \"pubkey\": \"3bf0c63f\", \"created_at\": 1796468400, \"tags\": [[\"d\", \"bridge\"], [\"title\","
                + " \"Old bridge closes to cars\"], [\"published_at\", \"1796468400\"], [\"t\", \"roads\"]], \"content\": \""
                + BODY.replace("\n", "\\n") + "\"}", "event.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T11:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Roads");
    }

    @Test
    void shouldTakeTheHeadersHomeLinkThatEndsTheWindowTitleForTheSite() {
        Article a = file("<html><head><title>Old bridge closes to cars — Valley Lane Notes</title></head><body><header><a href=\"/\">Valley Lane"
                + " Notes</a></header><main><h1>Old bridge closes to cars</h1>" + HTML_BODY + "</main></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("Valley Lane Notes");
    }

    @Test
    void shouldTakeALowerCaseLettersBrandOverAMenuBarAndDropCzechShareButtons() {
        Article a = parse("iVALLEY\n\nDomácí | Svět | Ekonomika | Kultura | Sport\n\nOld bridge closes to cars\n\n" + BODY
                + "\n\nSdílet na Facebooku\nSdílet na X");
        assertThat(a.getSource()).isEqualTo("iVALLEY");
        assertThat(allText(a)).doesNotContain("Sdílet");
    }

    @Test
    void shouldDropAHungarianFollowPromptAndAnOutletsOfficeAndSelfDescription() {
        Article a = parse("Old bridge closes to cars\n\nBy Valleydesk Prague office\nDecember 1, 2026\n\n" + BODY
                + "\n\nKövesse a Valley Postot a Facebookon is!\n\nValleydesk is an independent media outlet covering the valley.");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("office", "Kövesse", "media outlet");
    }
}
