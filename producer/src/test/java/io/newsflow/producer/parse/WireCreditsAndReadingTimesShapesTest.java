package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the ninety-sixth held-out round (x613-x618), each on other names and days: a broadcaster's
 * meteorologist after the writer's name, a wire's "Contributing:" credit and an editors' initials with their agencies
 * closing the story and a French reading time ("2 mn").
 */
class WireCreditsAndReadingTimesShapesTest {

    @Test
    void shouldReadOnlyTheWriterWhenTheBylineAddsTheirRole() {
        Article a = parse(HEADLINE + "\n\nBy Dana Whitfield, KXRT Meteorologist\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Dana Whitfield");
    }

    @Test
    void shouldDropTheClosingCreditsWhenAWireOrTheEditorsSignTheStory() {
        Article wire = parse(HEADLINE + "\n\n" + BODY + "\n\nContributing: Reuters");
        assertThat(wire.getBody().toString()).doesNotContain("Contributing");
        Article initials = parse(HEADLINE + "\n\n" + BODY + "\n\nkb/jt (AFP, epd)");
        assertThat(initials.getBody().toString()).doesNotContain("kb/jt");
    }

    @Test
    void shouldDropAReadingTimeWhenFrenchWritesItInMn() {
        Article a = parse(HEADLINE + "\n\n3 mn\n\n" + BODY);
        assertThat(a.getLead() + a.getBody()).doesNotContain("3 mn");
    }
}
