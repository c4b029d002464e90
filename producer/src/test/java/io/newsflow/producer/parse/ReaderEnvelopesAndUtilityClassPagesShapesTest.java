package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fourth held-out round (x1257-x1262), on other inputs: Tiny Tiny RSS's answer, its
 * headlines under "content"; a page of utility classes (Next.js and Tailwind) whose writer and section are links; a
 * trail of the site's name and its news root.
 */
class ReaderEnvelopesAndUtilityClassPagesShapesTest {

    private static final String JSON_BODY = "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>";

    @Test
    void shouldReadAFeedReadersHeadlinesUnderItsAnswersContent() {
        Article a = file("{\"seq\": 0, \"status\": 0, \"content\": [{\"id\": 7, \"title\": \"" + HEADLINE + "\", \"updated\": 1796457600,"
                + " \"feed_id\": \"17\", \"feed_title\": \"Kilbrannan Echo - Local News\", \"author\": \"Gemma Loveday\", \"content\": \""
                + JSON_BODY + "\"}]}", "headlines.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Gemma Loveday");
        assertThat(a.getSource()).isEqualTo("Kilbrannan Echo");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T08:00:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it");
    }

    @Test
    void shouldReadTheWriterFromALinkToTheirPage() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><main><article><h1 class=\"text-4xl\">" + HEADLINE
                + "</h1><div class=\"flex gap-3\"><a class=\"font-medium\" href=\"/authors/cerys-pritchard\">Cerys Pritchard</a></div>"
                + HTML_BODY + "</article></main></body></html>", "page.html");
        assertThat(a.getAuthors()).containsExactly("Cerys Pritchard");
    }

    @Test
    void shouldReadTheSectionFromALinkOverTheHeadlineThatTheMenuHoldsToo() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><header><nav><a href=\"/news\">News</a><a href=\"/energy\">"
                + "Energy</a></nav></header><main><article><div class=\"mb-2 text-xs uppercase\"><a href=\"/energy\">Energy</a></div><h1>"
                + HEADLINE + "</h1>" + HTML_BODY + "</article></main></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldNotTakeATopicLinkOverTheHeadlineForTheSection() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><header><nav><a href=\"/news\">News</a></nav></header>"
                + "<main><article><div class=\"mb-2\"><a href=\"/topics/tidal-power\">Tidal power</a></div><h1>" + HEADLINE + "</h1>"
                + HTML_BODY + "</article></main></body></html>", "page.html");
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldReadTheNewsRootUnderTheSitesNameInATrailOfTwo() {
        Article a = parse("Kilbrannan Press\nNews\nSport\nBusiness\nLeisure\n\nKilbrannan Press > News\n\n" + HEADLINE
                + "\n\nBy Nick Mann\nPublished: 27 Nov 2026 at 16:12\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
