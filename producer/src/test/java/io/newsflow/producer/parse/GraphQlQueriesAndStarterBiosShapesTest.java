package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-sixty-fourth held-out round (x1021-x1026), on other pages: a GraphQL answer whose
 * query names its own fields ({"data": {"cms": {"getArticle": {"data": {...}}}}}, Webiny's) with editor blocks and
 * {@code firstPublishedOn}; a blog starter's date alone beside its headline and its "Written by <strong>NAME</strong>"
 * bio (Gatsby's).
 */
class GraphQlQueriesAndStarterBiosShapesTest {

    @Test
    void shouldReadAnArticleUnderAGraphQlQuerysOwnFieldNames() {
        Article a = file("{\"data\": {\"content\": null, \"newsroom\": {\"fetchStory\": {\"data\": {\"title\": \"" + HEADLINE + "\", "
                + "\"firstPublishedOn\": \"2026-12-04T08:20:41Z\", \"body\": [{\"type\": \"paragraph\", \"data\": {\"text\": \""
                + BODY.replace("\n\n", "\"}}, {\"type\": \"paragraph\", \"data\": {\"text\": \"") + "\"}}], \"author\": {\"entryId\": \"a1\", "
                + "\"name\": \"Katrien Peeters\"}}, \"error\": null}}}, \"extensions\": {\"console\": []}}", "answer.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Katrien Peeters");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T08:20:41Z"));
        assertThat(allText(a)).contains("cyclists welcomed it");
    }

    @Test
    void shouldReadADateBesideTheHeadlineAndTheWriterInABio() {
        Article a = file("<html><body><header><a class=\"header-link-home\" href=\"/\">Seabird Notes</a></header><main><article><header><h1>"
                + HEADLINE + "</h1><p>December 01, 2026</p></header><section>" + HTML_BODY + "</section><footer><div class=\"bio\"><p>"
                + "Written by <strong>Tomas Berg</strong> who lives by the river. <a href=\"/about\">You should follow them</a></p></div>"
                + "</footer></article></main></body></html>", "post.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(a.getAuthors()).containsExactly("Tomas Berg");
    }

    @Test
    void shouldNotDateAStoryByALastUpdateUnderItsText() {
        Article a = file("<html><body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY + "<p>More counts will follow in the spring.</p>"
                + "<aside class=\"md-source-file\"><span title=\"Last update\">December 4, 2026</span></aside></article></body></html>", "post.html");
        assertThat(a.getPublishedAt()).isNull();
    }

    @Test
    void shouldNotDigThroughObjectsNestedWithoutEndForAOneLetterBody() {
        String nested = "{\"body\": ".repeat(40) + "\"x\"" + "}".repeat(40);
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(nested.getBytes(StandardCharsets.UTF_8), "nested.json", null,
                Instant.parse("2026-12-05T00:00:00Z")));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
    }
}
