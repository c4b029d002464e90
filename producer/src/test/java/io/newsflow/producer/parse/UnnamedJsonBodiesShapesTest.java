package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.RejectionReason;

/**
 * A JSON article whose body sits under a name no reader knows ({@link JsonBodySearch}): the longest story-like text in
 * the object is the body, and the deepest object around it with a title or a date gives the other fields; an address,
 * code or a short teaser is no body, and an object with none stays a MISSING_FIELD rejection that says so.
 */
class UnnamedJsonBodiesShapesTest {

    private static final String STORY = "<p>" + BODY.replace("\n\n", "</p><p>") + " The works start in March.</p>";

    @Test
    void shouldReadTheLongestStoryLikeTextWhenTheBodysNameIsUnknown() {
        Article a = file("{\"page\":{\"title\":\"" + HEADLINE + "\",\"publishDate\":\"2026-12-05T08:00:00Z\",\"blocks_v2\":{\"main\":"
                + "{\"article_markup\":\"" + STORY + "\"}},\"image\":{\"url\":\"https://x.example/a.jpg\",\"caption\":\"A bridge.\"}},"
                + "\"site\":{\"tracking\":\"function(){ return 1; } and a long enough script text to be the longest of all the strings"
                + " in this object, though it is code and no story at all, whatever its length in characters might be.\"}}", "page.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T08:00:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it", "The works start in March.").doesNotContain("function");
    }

    @Test
    void shouldRejectAsMissingWhenNoTextReadsAsAStory() {
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(("{\"page\":{\"title\":\"" + HEADLINE + "\",\"url\":"
                + "\"https://x.example/a\",\"tagline\":\"A short line.\"}}").getBytes(StandardCharsets.UTF_8), "page.json", null, Instant.parse("2026-01-01T12:00:00Z")));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        Rejection rejection = ((ParseOutcome.Rejected) out.get(0)).rejection();
        assertThat(rejection.code()).isEqualTo(RejectionReason.MISSING_FIELD);
        assertThat(rejection.reason()).contains("reads as a story");
    }
}
