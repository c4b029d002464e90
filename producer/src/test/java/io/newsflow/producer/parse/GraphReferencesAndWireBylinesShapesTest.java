package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the fiftieth held-out round (x337-x342), each on other names: a JSON-LD graph naming its author
 * and publisher by reference, a wire's byline written out in a JSON export with its subjects, a broadcaster's
 * disclaimer on external sites, and a Dutch "see also" label.
 */
class GraphReferencesAndWireBylinesShapesTest {

    @Test
    void shouldReadTheAuthorAndPublisherWhenTheGraphNamesThemByReference() {
        Article a = file("<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\", \"@id\": \"#site\","
                + " \"name\": \"Porto Diário\"}, {\"@type\": \"Person\", \"@id\": \"#ana\", \"name\": \"Ana Lopes\"}, {\"@type\":"
                + " \"NewsArticle\", \"headline\": \"" + HEADLINE + "\", \"author\": {\"@id\": \"#ana\"}, \"publisher\": {\"@id\": \"#site\"}}]}"
                + "</script></head><body><h1>" + HEADLINE + "</h1><p>The board met on Monday.</p></body></html>", "page.html");
        assertThat(a.getAuthors()).containsExactly("Ana Lopes");
        assertThat(a.getSource()).isEqualTo("Porto Diário");
    }

    @Test
    void shouldReadTheWriterOutletAndSubjectWhenAWireExportWritesTheBylineOut() {
        Article a = file("{\"headline\": \"" + HEADLINE + "\", \"byline\": \"By JANE DOE, Associated Press\", \"firstcreated\":"
                + " \"2025-12-02T10:00:00Z\", \"subject\": [{\"name\": \"Energy\"}], \"text\": \"The board met on Monday.\"}", "ap.json");
        assertThat(a.getAuthors()).containsExactly("Jane Doe");
        assertThat(a.getSource()).isEqualTo("Associated Press");
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getPublishedAt()).isNotNull();
    }

    @Test
    void shouldDropTheLinesWhenABroadcastersDisclaimerOrADutchSeeAlsoCloseThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nBekijk ook\nHaven Rotterdam groeit\n\n"
                + "The BBC is not responsible for the content of external sites.");
        assertThat(allText(a)).doesNotContain("Bekijk ook").doesNotContain("Haven Rotterdam groeit").doesNotContain("not responsible");
    }
}
