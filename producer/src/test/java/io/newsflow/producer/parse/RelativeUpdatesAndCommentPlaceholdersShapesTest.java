package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fifteenth held-out round (x1323-x1328), on other inputs: "Last update: about 2 hours
 * ago" under the stamp, and a comment box's placeholder closing the page (The Malta Independent's).
 */
class RelativeUpdatesAndCommentPlaceholdersShapesTest {

    @Test
    void shouldDropARelativeLastUpdateUnderTheStamp() {
        Article a = parse(HEADLINE + "\n\nSaturday, 28 November 2026, 09:15\nLast update: about 2 hours ago\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-28T09:15:00Z"));
        assertThat(allText(a)).doesNotContain("Last update");
    }

    @Test
    void shouldDropACommentBoxsPlaceholder() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nComments not loaded yet");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Comments not loaded");
    }
}
