package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the forty-seventh held-out round (x319-x324), each on other names: a newsletter saved with
 * its mail headers, a JSON Feed, an Atom category written as a slug, a related link under its label in a
 * feed's content, an HTML trail whose items hold links, a reporter's city after a byline's bar, and share,
 * app and comment-login buttons.
 */
class MailHeadersAndJsonFeedsShapesTest {

    @Test
    void shouldReadTheSenderDateAndSubjectWhenANewsletterKeepsItsMailHeaders() {
        Article a = parse("From: Port Weekly <news@portweekly.example>\nTo: me@example.org\nSubject: " + HEADLINE
                + "\nDate: Tue, 2 Dec 2025 07:15:00 +0000\n\nView this email in your browser\n\n" + BODY
                + "\n\nYou are receiving this email because you subscribed.\nUnsubscribe | Manage preferences");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Port Weekly");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T07:15:00Z"));
        assertThat(allText(a)).doesNotContain("View this email").doesNotContain("Unsubscribe").doesNotContain("me@example.org");
        // a story that only quotes a "From:" line has no headers
        assertThat(parse(HEADLINE + "\n\nFrom: the mayor's office\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldReadTheFeedsTitleAndTheFirstTagWhenTheInputIsAJsonFeed() {
        Article a = file("{\"version\": \"https://jsonfeed.org/version/1\", \"title\": \"Coastal Courier\", \"items\": [{\"id\": \"1\","
                + " \"title\": \"" + HEADLINE + "\", \"content_text\": \"The board met on Monday.\","
                + " \"date_published\": \"2025-12-02T09:00:00+01:00\", \"tags\": [\"Energy\", \"Wind\"]}]}", "feed.json");
        assertThat(a.getSource()).isEqualTo("Coastal Courier");
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T08:00:00Z"));
    }

    @Test
    void shouldReadTheSectionAndDropTheRelatedLinkWhenAnAtomEntryHasThem() {
        Article a = file("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Gazette</title>"
                + "<entry><title>" + HEADLINE + "</title><id>1</id><updated>2025-12-02T09:00:00Z</updated>"
                + "<category term=\"world-news\"/><content type=\"html\">&lt;p&gt;The board met.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Read also"
                + "&lt;/b&gt;&lt;br/&gt;&lt;a href=\"/x\"&gt;Port fees rise again&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Work starts in March.&lt;/p&gt;"
                + "</content></entry></feed>", "feed.atom");
        assertThat(a.getSection()).isEqualTo("World news");
        assertThat(allText(a)).doesNotContain("Port fees rise again").contains("Work starts in March.");
    }

    @Test
    void shouldReadTheFirstCrumbWhenAnHtmlTrailsItemsHoldLinks() {
        Article a = file("<html><body><nav aria-label=\"breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><a href=\"/b\">Business</a>"
                + "</li></ol></nav><article><h1>" + HEADLINE + "</h1><p>The board met on Monday.</p><p>Work starts in March.</p>"
                + "</article></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("Business");
    }

    @Test
    void shouldReadNoOutletWhenAPlaceFollowsTheBylinesBar() {
        Article a = parse(HEADLINE + "\n\nPor Lucía Gil | Valencia\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Lucía Gil");
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldDropTheButtonsWhenShareAppAndCommentPromptsCloseThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nClick to share on Facebook (Opens in new window)\n\n"
                + "Download the Harbour News App\n\nYou must be logged in to post a comment.");
        assertThat(allText(a)).doesNotContain("Click to share").doesNotContain("Download the").doesNotContain("logged in");
    }
}
