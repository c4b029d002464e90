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
import io.newsflow.avro.TimeProvenance;

/**
 * Shapes met in the seventy-fifth held-out round (x487-x492), each on other names: a byline's label in the feminine or the
 * plural, a page dated only by its address, and a masthead whose outlet's word is "Independent".
 */
class UrlDatesAndFeminineLabelsShapesTest {

    @Test
    void shouldReadTheWriterWhenTheLabelIsFeminineOrPlural() {
        Article a = parse(HEADLINE + "\n\nAutorin: Lea Brunner\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Lea Brunner");
        assertThat(allText(a)).doesNotContain("Autorin");
        assertThat(parse(HEADLINE + "\n\nAutoren: Lea Brunner und Marco Keller\n\n" + BODY).getAuthors())
                .containsExactly("Lea Brunner", "Marco Keller");
    }

    @Test
    void shouldDateTheStoryByItsAddressWhenNothingElseDatesIt() {
        String page = "<html><head><link rel=\"canonical\" href=\"https://example.org/local/2025/03/04/bridge-closes/\"></head>"
                + "<body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY + "</article></body></html>";
        Article a = parseOne(page, "page.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
        assertThat(a.getPublishedAtProvenance()).isEqualTo(TimeProvenance.METADATA);
        String noDay = page.replace("/2025/03/04/", "/2025/02/30/");
        assertThat(parseOne(noDay, "page.html").getPublishedAt()).isNull();
    }

    @Test
    void shouldReadTheMastheadWhenItsOutletWordIsIndependent() {
        Article a = parse("The Galway Independent\nCommunity Voices\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Galway Independent");
        assertThat(a.getSection()).isEqualTo("Community Voices");
    }
}
