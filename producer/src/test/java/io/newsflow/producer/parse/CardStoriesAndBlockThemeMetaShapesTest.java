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
 * Shapes met in the two-hundred-and-thirtieth held-out round (x1413-x1418), on other inputs: a story of cards of typed
 * elements in kebab case (Quintype's); a block theme's site title and its meta words as paragraphs of their own (Twenty
 * Twenty-Three's); an author box's name with its role after a bar (the Saipan Tribune's).
 */
class CardStoriesAndBlockThemeMetaShapesTest {

    @Test
    void shouldReadAStoryOfCardsWithoutItsPointersToOtherStories() {
        Article a = file("{\"story\": {\"headline\": \"Old bridge closes to cars\", \"author-name\": \"Ana Ruiz\", \"published-at\": 1796459400000,"
                + " \"sections\": [{\"name\": \"Roads\"}], \"cards\": [{\"story-elements\": [{\"type\": \"text\", \"text\": \"" + HTML_BODY + "\"},"
                + " {\"type\": \"text\", \"subtype\": \"also-read\", \"text\": \"<p>Also read: Ferry fares rise</p>\"}]}]}}", "story.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T08:30:00Z"));
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Also read");
    }

    @Test
    void shouldReadABlockThemesSiteTitleAndDropItsMetaWords() {
        Article a = file("<html><body><header><p class=\"wp-block-site-title\"><a href=\"/\" rel=\"home\">Valley Tides</a></p></header><main>"
                + "<h1 class=\"wp-block-post-title\">Old bridge closes to cars</h1><div class=\"wp-block-post-content\">" + HTML_BODY + "</div>"
                + "<div class=\"wp-block-group\"><p>Posted</p><div class=\"wp-block-post-date\"><time datetime=\"2026-12-01T14:00:00-08:00\">Dec 1, 2026"
                + "</time></div><p>in</p><div class=\"taxonomy-category wp-block-post-terms\"><a href=\"/category/roads/\" rel=\"tag\">Roads</a></div>"
                + "<p>by</p></div></main></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("Valley Tides");
        assertThat(allText(a)).doesNotContain("Posted");
    }

    @Test
    void shouldReadAnAuthorBoxsNameWithItsRoleAfterABar() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nAna Ruiz | Reporter\nAna Ruiz covers the town council for the Valley Post.");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(allText(a)).doesNotContain("| Reporter");
    }
}
