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
 * Shapes met in the two-hundred-and-fifty-sixth held-out round (x1569-x1574), on other inputs: a Reddit thread's JSON,
 * its post the article and its comments none; a writer's link classed "author-link" (Hashnode's); a plea to report a
 * typo with Ctrl+Enter.
 */
class ThreadListingsAndTypoPromptsShapesTest {

    @Test
    void shouldReadARedditThreadsPostAndNotItsComments() {
        String json = "[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", \"data\": {\"title\": \"Old bridge closes to cars\", "
                + "\"selftext\": \"The old bridge over the river closed to cars on Saturday after engineers found cracks in two of its "
                + "piers.\\n\\nBuses will use the ring road until the repairs are done in the spring, the council said.\", \"author\": "
                + "\"valley_reader\", \"created_utc\": 1796466600.0, \"link_flair_text\": \"Roads\"}}]}}, {\"kind\": \"Listing\", \"data\": "
                + "{\"children\": [{\"kind\": \"t1\", \"data\": {\"author\": \"someone\", \"body\": \"About time.\"}}]}}]";
        Article a = file(json, "thread.json"); // (one article: the comments' listing is none)
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T10:30:00Z");
    }

    @Test
    void shouldReadAWritersAuthorLinkAndDropATypoPrompt() {
        Article page = file("<html><head><title>Old bridge closes to cars</title></head><body><article><h1>Old bridge closes to cars</h1>"
                + "<div class=\"post-meta\"><a href=\"https://blogs.example/@ana\" class=\"author-link\"><span>Ana Ruiz</span></a></div>"
                + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(page.getAuthors()).containsExactly("Ana Ruiz");
        Article text = parse("Old bridge closes to cars\n\n05.12.2026 10:15\n\n" + BODY + "\n\nDacă ați observat o greșeală, selectați "
                + "textul și apăsați Ctrl+Enter.\n");
        assertThat(allText(text)).doesNotContain("Ctrl+Enter");
    }
}
