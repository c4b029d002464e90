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
 * Shapes met in the two-hundred-and-sixty-eighth held-out round (x1641-x1646), on other inputs: a public body's
 * bulletin on the web ("... sent this bulletin at ..."); a site builder's page whose card title is its menu item's
 * words; a member station's plea and its note of when a segment aired.
 */
class BulletinSendersAndMenuPagesShapesTest {

    @Test
    void shouldReadTheSenderAndTheSendingWhenABulletinSaysWhoSentIt() {
        Article a = file("<html><head><title>Old bridge closes to cars</title><meta property=\"og:description\" content=\"City of Riverside "
                + "sent this bulletin at 12/05/2026 09:14 AM CST\"></head><body><table><tr><td><p>City of Riverside sent this bulletin at "
                + "12/05/2026 09:14 AM CST</p><h1>Old bridge closes to cars</h1>" + HTML_BODY + "</td></tr></table></body></html>", "bulletin.html");
        assertThat(a.getSource()).isEqualTo("City of Riverside");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T15:14:00Z");
        assertThat(allText(a)).doesNotContain("sent this bulletin");
    }

    @Test
    void shouldReadThePagesHeadingWhenItsCardTitleIsAMenuItem() {
        Article a = file("<html><head><title>Riverside Allotment Society - Allotment news</title><meta property=\"og:title\" content=\""
                + "Allotment news\"></head><body><header><nav><a href=\"/home\">Home</a><a href=\"/news\" aria-current=\"true\">Allotment "
                + "news</a></nav></header><div role=\"main\"><h1>Old bridge closes to cars</h1>" + HTML_BODY
                + "<p>Engineers found cracks in two of its piers in the summer.</p></div></body></html>", "page.html");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSource()).isEqualTo("Riverside Allotment Society");
    }

    @Test
    void shouldDropAStationsPleaAndItsNoteOfWhenASegmentAired() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nThis segment aired on December 5, 2026.\n\n"
                + "KQED's journalism is supported by members like you. Donate now.\n");
        assertThat(allText(a)).doesNotContain("segment aired", "supported by members");
    }
}
