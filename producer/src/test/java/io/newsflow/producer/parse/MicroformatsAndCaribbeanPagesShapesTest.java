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
 * Shapes met in the two-hundred-and-thirty-fourth held-out round (x1437-x1442), on other inputs: a page's microformats as
 * a microformats2 parser gives them (every property a list, the writer an embedded card, the site's own card beside the
 * entry); a trail rooted in the site's name under its masthead and tagline (Bernews's); a price pitch for the
 * subscription, a disclaimer for readers' posts, a view counter and a comment box's login prompt.
 */
class MicroformatsAndCaribbeanPagesShapesTest {

    @Test
    void shouldReadAMicroformatsEntryAndLeaveTheSitesCardOut() {
        Article a = file("{\"items\": [{\"type\": [\"h-card\"], \"properties\": {\"name\": [\"Valley Lane Notes\"]}}, {\"type\": [\"h-entry\"],"
                + " \"properties\": {\"name\": [\"Old bridge closes to cars\"], \"published\": [\"2026-12-05T21:30:00-05:00\"], \"author\":"
                + " [{\"type\": [\"h-card\"], \"properties\": {\"name\": [\"Ana Ruiz\"]}, \"value\": \"Ana Ruiz\"}], \"category\": [\"roads\","
                + " \"bridges\"], \"content\": [{\"html\": \"" + HTML_BODY + "\", \"value\": \"plain\"}]}}], \"rels\": {}}", "page.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T02:30:00Z"));
        assertThat(a.getSection()).isEqualTo("Roads");
    }

    @Test
    void shouldReadATrailRootedInTheSitesNameUnderItsMastheadAndTagline() {
        Article a = parse("Valleynews\nValley News\n\nValleynews » Transport\n\nOld bridge closes to cars\n\nDecember 5, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valleynews");
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldDropAPricePitchAViewCounterAndAReadersPostsDisclaimer() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nSubscribe to the Valley Times for just $1 a week. Subscribe now\n\n"
                + "Views: 1,204\n\nThe Valley Times is not responsible for the opinions or content presented by contributors.");
        assertThat(allText(a)).doesNotContain("$1 a week").doesNotContain("1,204").doesNotContain("not responsible");
    }

    @Test
    void shouldEndTheStoryAtACommentBoxsLoginPrompt() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nLogin to post comments\n\nTraffic_Watcher: About time too.");
        assertThat(allText(a)).doesNotContain("Login").doesNotContain("About time");
    }
}
