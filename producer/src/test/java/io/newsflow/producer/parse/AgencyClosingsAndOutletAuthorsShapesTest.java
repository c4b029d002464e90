package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighty-fourth held-out round (x1137-x1142), on other inputs: an agency's credit closing
 * a page's story ("(dpa)") under a site that names itself; a news API whose "author" is the outlet
 * ("Island Broadcaster").
 */
class AgencyClosingsAndOutletAuthorsShapesTest {

    @Test
    void shouldTakeAnAgencysClosingCreditOverTheSitesOwnName() {
        Article a = file("<html><head><meta property=\"og:site_name\" content=\"Harbour Post\"></head><body><article><h1>" + HEADLINE + "</h1>"
                + HTML_BODY + HTML_BODY + "<p>(dpa)</p></article></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("dpa");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("(dpa)");
    }

    @Test
    void shouldTakeAnOutletNamedAsTheAuthorAsTheSource() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"content\": \"" + HTML_BODY + "\", \"author\": \"Coast Broadcasting\", \"published\": "
                + "\"2026-11-30 08:00:00 +0000\"}", "news.json");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("Coast Broadcasting");
    }
}
