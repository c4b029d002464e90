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
 * Shapes met in the hundred-and-sixty-ninth held-out round (x1051-x1056), on other pages: an entry's date only among its
 * system's fields ({"internal": {"createdAt": ...}}, Flotiq's); a theme's byline with no class in the post's header and
 * a folder's icon before the category's link (Jekyll's Chirpy); a republication notice under a disclosure statement (The
 * Conversation's); a given name that is a day's ("Sunday Michael Ogwu"); "Stay current - Follow X on WhatsApp";
 * "Don't Miss".
 */
class SystemFieldsAndThemeMarksShapesTest {

    @Test
    void shouldReadADateAmongTheSystemsFields() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"content\": {\"blocks\": [{\"type\": \"paragraph\", \"data\": {\"text\": \""
                + BODY.replace("\n\n", "\"}}, {\"type\": \"paragraph\", \"data\": {\"text\": \"") + "\"}}]}, \"internal\": {\"contentType\": "
                + "\"blogpost\", \"createdAt\": \"2026-12-02T10:00:00+00:00\"}}", "entry.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @Test
    void shouldReadAThemesBylineInThePostsHeaderAndTheCategoryAfterAFolderIcon() {
        Article a = file("<html><body><article><header><h1>" + HEADLINE + "</h1><div class=\"post-meta\"><span>Posted <time>Dec 2, 2026</time>"
                + "</span><div><span>By <em><a href=\"/about\">Jonas Berg</a></em></span></div></div></header><div class=\"content\"><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></div><div class=\"post-tail\"><div><i class=\"far fa-folder-open\"></i><a href=\""
                + "/categories/energy/\">Energy</a></div></div></article></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Jonas Berg");
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldReadARepublicationNoticeUnderADisclosureStatement() {
        Article a = parse(HEADLINE + "\n\nAuthor\nMei Lin Tan\nSenior Lecturer, University of Melbourne\n\n" + BODY + "\n\nDisclosure statement\n"
                + "Mei Lin Tan receives funding from the Australian Research Council.\nThis article is republished from The Conversation under "
                + "a Creative Commons license.");
        assertThat(a.getSource()).isEqualTo("The Conversation");
        assertThat(allText(a)).doesNotContain("receives funding", "republished");
    }

    @Test
    void shouldReadADaysNameAsAGivenNameAndDropPromptsAndDontMiss() {
        Article a = parse(HEADLINE + "\n\nBy Sunday Michael Ogwu, Abuja\nFri, 5 Dec 2026 14:02:11 WAT\n\n" + BODY
                + "\n\nStay current - Follow the Post on WhatsApp, Google news and Telegram\n\nDon't Miss\nNaira appreciates at official market");
        assertThat(a.getAuthors()).containsExactly("Sunday Michael Ogwu");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Sunday", "Stay current", "Don't Miss", "Naira");
    }
}
