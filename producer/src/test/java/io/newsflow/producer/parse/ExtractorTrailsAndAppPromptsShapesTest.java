package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the hundred-and-ninety-fourth held-out round (x1197-x1202), on other inputs: an extraction service's
 * trail of the page (Diffbot's {@code breadcrumb}, Zyte's {@code breadcrumbs}) over the category it guessed; a prompt to
 * download the site's app "to stay updated".
 */
class ExtractorTrailsAndAppPromptsShapesTest {

    private static final String TEXT = BODY.replace("\n", "\\n");

    @Test
    void shouldReadAnExtractorsTrailBeforeTheCategoryItGuessed() {
        Article a = file("{\"objects\": [{\"type\": \"article\", \"title\": \"" + HEADLINE + "\", \"text\": \"" + TEXT + "\","
                + " \"siteName\": \"Harbour Post\", \"date\": \"Mon, 30 Nov 2026 06:30:00 GMT\", \"breadcrumb\": [{\"name\": \"News\"},"
                + " {\"name\": \"Transport\"}], \"categories\": [{\"score\": 0.93, \"name\": \"Transportation\"}]}]}", "diffbot.json");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadTheSectionUnderHomeInAnExtractorsTrail() {
        Article a = file("{\"url\": \"https://harbourpost.example/business/1\", \"article\": {\"headline\": \"" + HEADLINE + "\","
                + " \"articleBody\": \"" + TEXT + "\", \"datePublished\": \"2026-11-30T07:10:00Z\", \"breadcrumbs\": [{\"name\": \"Home\","
                + " \"url\": \"https://harbourpost.example/\"}, {\"name\": \"Business\"}]}}", "zyte.json");
        assertThat(a.getSection()).isEqualTo("Business");
    }

    @Test
    void shouldDropAPromptToDownloadTheSitesAppToStayUpdated() {
        Article a = parse(HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY
                + "\n\nDownload the Harbour Post app to stay updated");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Download");
    }
}
