package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the seventy-second held-out round (x469-x474), each on other names: a GraphQL API's answer with the body as
 * an object of HTML and writers by display name, an HTML byline whose parts are glued spans, a writer's line in slashed
 * segments closing with a stamp, and the font-size buttons.
 */
class GraphQlBodiesAndSlashedBylinesShapesTest {

    @Test
    void shouldReadTheArticleWhenAGraphQlAnswerWrapsIt() {
        String json = "{\"data\": {\"article\": {\"headline\": \"" + HEADLINE + "\", \"publishedAt\": \"2025-03-03T08:00:00Z\","
                + " \"byline\": {\"authors\": [{\"displayName\": \"Mere Tipene\"}]}, \"section\": {\"name\": \"Environment\"},"
                + " \"body\": {\"html\": \"" + HTML_BODY + "\"}}}}";
        Article a = parseOne(json, "answer.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Mere Tipene");
        assertThat(a.getSection()).isEqualTo("Environment");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-03T08:00:00Z"));
        assertThat(allText(a)).contains("The council voted on Tuesday");
    }

    @Test
    void shouldReadTheWriterWhenTheBylinesPartsAreGluedSpans() {
        String html = "<html><body><article><h1>" + HEADLINE + "</h1><div class=\"byline\">Claire Fortin<span class=\"role\">"
                + "Special to The Harbour Post</span><span class=\"place\">Moncton</span></div><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        assertThat(parseOne(html, "page.html").getAuthors()).containsExactly("Claire Fortin");
    }

    @Test
    void shouldReadTheWriterAndTheAgencyWhenSlashedSegmentsCloseWithAStamp() {
        Article a = parse(HEADLINE + "\n\nRohan Mehta / PTI / Updated: Mar 3, 2025, 10:05 IST\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Rohan Mehta");
        assertThat(a.getSource()).isEqualTo("PTI");
        assertThat(a.getPublishedAt()).isNull(); // an update alone dates nothing
        assertThat(allText(a)).doesNotContain("Updated:");
    }

    @Test
    void shouldDropTheFontSizeButtonsWhenTheyStandAlone() {
        Article a = parse(HEADLINE + "\n\nBy Rohan Mehta\n\nShare\nAA\n+Text Size\n\n" + BODY);
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("AA").doesNotContain("Text Size");
    }
}
