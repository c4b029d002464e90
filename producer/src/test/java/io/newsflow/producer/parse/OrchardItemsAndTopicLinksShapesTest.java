package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixty-third held-out round (x1611-x1616), on other inputs: an Orchard Core GraphQL
 * answer's content items; a story split into a page builder's text components around an image (Strikingly's); two topic
 * links closing a story that names them, no signature; "By Team Herald"; a shouted section label the menu writes in
 * natural case.
 */
class OrchardItemsAndTopicLinksShapesTest {
    private static final String JSON_BODY = BODY.replace("\n\n", "\\n\\n");

    @Test
    void shouldReadEachContentItemWhenAnOrchardCoreGraphQlAnswerListsThem() {
        String item = "{\"contentItemId\": \"%s\", \"contentType\": \"BlogPost\", \"displayText\": \"%s\", \"publishedUtc\": "
                + "\"2026-12-05T09:15:40Z\", \"author\": \"aruiz\", \"markdownBody\": {\"markdown\": \"" + JSON_BODY + "\"}, "
                + "\"category\": {\"termContentItems\": [{\"displayText\": \"Roads\"}]}}";
        String answer = "{\"data\": {\"blogPost\": [" + item.formatted("4x9k", "Old bridge closes to cars") + ", "
                + item.formatted("5y0m", "Ferry fares frozen") + "]}}";
        List<ParseOutcome> out = outcomes(answer, "posts.json");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof ParseOutcome.Parsed);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(first.getPublishedAt()).hasToString("2026-12-05T09:15:40Z");
        assertThat(first.getSection()).isEqualTo("Roads");
        assertThat(first.getAuthors()).isEmpty(); // (the account's user name, no writer's)
        assertThat(((ParseOutcome.Parsed) out.get(1)).article().getTitle()).isEqualTo("Ferry fares frozen");
    }

    @Test
    void shouldKeepEveryTextComponentWhenAPageBuilderSplitsTheStoryAroundAnImage() {
        String text = "<div class=\"s-component s-text\"><div class=\"s-component-content\">%s</div></div>";
        Article a = file("<html><head><title>Old bridge closes to cars</title></head><body><div class=\"s-blog-body\">"
                + text.formatted(PageFurnitureShapesTest.HTML_BODY + "<p>Engineers found cracks in two of its piers in the summer.</p>")
                + "<div class=\"s-component s-image\"><img src=\"bridge.jpg\" alt=\"\"></div>"
                + text.formatted("<p>Buses will use the ring road.</p>") + "</div></body></html>", "post.html");
        assertThat(allText(a)).contains("The council voted", "Buses will use the ring road.");
    }

    @Test
    void shouldReadNoSignatureWhenTheClosingLinesAreTopicsTheStoryNames() {
        Article topics = parse("Old bridge closes to cars\n\nThe Metro Railway said on Tuesday that the old bridge would close to cars.\n\n"
                + BODY + "\n\nBuses on the East Line will use the ring road until the repairs are done.\n\nMetro Railway\nEast Line\n");
        assertThat(topics.getAuthors()).isEmpty();
        assertThat(allText(topics)).doesNotContain("\nEast Line");
        Article signed = parse("Letters: the old bridge\n\n" + BODY + "\n\nThe town deserves better than this.\n\nMargaret Hill\nCardiff\n");
        assertThat(signed.getAuthors()).containsExactly("Margaret Hill"); // (a writer the story does not name signs it)
    }

    @Test
    void shouldReadATeamCreditAsNoOneAndTheMenusWritingOfAShoutedSection() {
        Article a = parse("O Heraldo\n\nHome  Goa  National  World  Sports\n\nGOA\n\nOld bridge closes to cars\n\nBy Team Herald\n"
                + "Dec 05, 2026, 11:40 PM IST\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("O Heraldo");
        assertThat(a.getSection()).isEqualTo("Goa");
    }
}
