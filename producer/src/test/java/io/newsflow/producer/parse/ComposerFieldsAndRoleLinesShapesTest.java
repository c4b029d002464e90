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
 * Shapes met in the hundred-and-seventy-fifth held-out round (x1087-x1090), on other inputs: a content system's composer
 * field (Contensis's "bodyContent", its items typed "_paragraph" and "_heading" with their text under "value"), its
 * entries named by "entryTitle" and its date in "sys.version"; a role under a shouted byline naming the paper's word
 * ("Tribune Business Editor"); a comment box's welcome and a paywall's "To read the full story, subscribe".
 */
class ComposerFieldsAndRoleLinesShapesTest {

    @Test
    void shouldReadAComposerFieldWithItsEntriesAndVersionDate() {
        String[] paragraphs = BODY.split("\n\n");
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"sys\": {\"id\": \"7e3d\", \"version\": {\"published\": \"2026-12-03T09:00:00Z\"}}, "
                + "\"bodyContent\": [{\"type\": \"_paragraph\", \"value\": \"" + paragraphs[0] + "\"}, {\"type\": \"_heading\", \"value\": {\"text\": "
                + "\"Traders\", \"level\": 2}}, {\"type\": \"_paragraph\", \"value\": \"" + paragraphs[1] + "\"}], \"author\": {\"sys\": {\"id\": "
                + "\"aa11\"}, \"entryTitle\": \"Owen Pryce\"}, \"category\": {\"sys\": {\"id\": \"cc33\"}, \"entryTitle\": \"Transport\"}}", "entry.json");
        assertThat(a.getAuthors()).containsExactly("Owen Pryce");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(allText(a)).contains("split the town", "Traders", "cyclists welcomed it");
    }

    @Test
    void shouldTakeARoleUnderTheBylineForNoOutlet() {
        Article a = parse("The Tribune\nNews\nBusiness\nSports\nOpinion\n\n" + HEADLINE + "\n\nBy NEIL HARTNELL\nTribune Business Editor\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Neil Hartnell");
        assertThat(a.getSource()).isEqualTo("The Tribune");
        assertThat(allText(a)).doesNotContain("Business Editor");
    }

    @Test
    void shouldDropACommentBoxsWelcomeAndAPaywallsSubscribeLine() {
        Article a = parse(HEADLINE + "\n\nBy Jonathan Bell\nDec 5, 2026\n\n" + BODY + "\n\nComment: The Harbour Post welcomes your views. Keep "
                + "comments civil.\nTo read the full story, subscribe to the Harbour Post.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("welcomes your views", "subscribe");
    }
}
