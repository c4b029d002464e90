package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-sixty-second held-out round (x1009-x1014), on other pages: a linked record given by
 * its id and its fields (Agility CMS's); a post's own footer holding its date, writer and category, and the site named
 * only in its feed's title (Pelican's); a shouted trail ending in a place; "Follow X on WhatsApp Channels."; Hungarian
 * "2026.12.05. 14:05" and "Ajánlott videó".
 */
class LinkedRecordsAndPostFootersShapesTest {

    @Test
    void shouldReadALinkedRecordsFieldsForTheWriterAndTheCategory() {
        Article a = file("{\"contentID\": 12, \"fields\": {\"title\": \"" + HEADLINE + "\", \"content\": \"" + HTML_BODY + "\", "
                + "\"author\": {\"contentID\": 4, \"properties\": {\"referenceName\": \"authors\"}, \"fields\": {\"name\": \"Ines Vermeulen\"}}, "
                + "\"category\": {\"contentID\": 7, \"fields\": {\"title\": \"Energy\"}}}}", "item.json");
        assertThat(a.getAuthors()).containsExactly("Ines Vermeulen");
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldReadAPostsOwnFooterAndTheSiteInItsFeedsTitle() {
        Article a = file("<html><head><title>" + HEADLINE + "</title><link href=\"/feeds/all.atom.xml\" type=\"application/atom+xml\" "
                + "rel=\"alternate\" title=\"Seabird Notes Full Atom Feed\"></head><body><nav><ul><li><a href=\"/category/papers.html\">"
                + "Papers</a></li></ul></nav><article><h1>" + HEADLINE + "</h1><div class=\"entry-content\"><footer class=\"post-info\">"
                + "<abbr class=\"published\" title=\"2026-12-02T10:00:00+01:00\">Published: Wed 02 December 2026</abbr><address class=\"vcard "
                + "author\">By <a class=\"url fn\" href=\"/author/ines.html\">Ines Vermeulen</a></address><p>In <a href=\"/category/energy.html\">"
                + "Energy</a>.</p></footer>" + HTML_BODY + "</div></article></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Seabird Notes");
        assertThat(a.getAuthors()).containsExactly("Ines Vermeulen");
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void shouldKeepAShoutedPlacesCapitalsAndDropAFollowPromptForAChannel() {
        Article a = parse("NEWS > SOUTH AFRICA\n\n" + HEADLINE + "\n\nBy Thabo Mokone\n05 December 2026 - 11:20\n\n" + BODY
                + "\n\nFollow the Harbour Post on WhatsApp Channels.");
        assertThat(a.getSection()).isEqualTo("South Africa");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("WhatsApp");
    }

    @Test
    void shouldReadAHungarianDateAndDropItsRecommendedLabels() {
        Article a = parse(HEADLINE + "\n\nKovács Péter\n2026.12.05. 14:05\n\n" + BODY + "\n\nAjánlott videó\nLegfrissebb");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T14:05:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("2026.12.05", "Ajánlott", "Legfrissebb");
    }
}
