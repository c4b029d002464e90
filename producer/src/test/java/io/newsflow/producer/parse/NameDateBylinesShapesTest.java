package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twelfth held-out round (x709-x714: two pages in the shared samples' shapes, de
 * Volkskrant, Il Sole 24 Ore, a news API's answer, a swissinfo.ch Atom feed), each on other names: a writer's name and
 * the date side by side with no separator, a Dutch "Meer over" over the story's tags, and a reading time in minutes by a
 * prime.
 */
class NameDateBylinesShapesTest {

    @Test
    void shouldReadTheWriterAndTheDateWhenTheyShareALineWithoutASeparator() {
        for (String line : new String[] {"Sanne de Groot 12 maart 2026, 08:15", "By Sanne de Groot 12 March 2026, 08:15"}) {
            Article a = parse(HEADLINE + "\n\n" + line + "\n\n" + BODY);
            assertThat(a.getAuthors()).as(line).hasSize(1);
            assertThat(a.getAuthors().get(0)).as(line).hasToString("Sanne de Groot");
            assertThat(a.getPublishedAt()).as(line).isNotNull();
        }
        // a stamp's own words before the date are no writer
        Article stamped = parse(HEADLINE + "\n\nActualizado Jueves 12 marzo 2026 - 08:15\n\n" + BODY);
        assertThat(stamped.getAuthors()).isEmpty();
    }

    @Test
    void shouldDropTheTagsAndTheReadingTimeWhenADutchLabelOrAPrimeMarksThem() {
        Article a = parse(HEADLINE + "\n\ndi Paola Riva\n12 marzo 2026\n\n4' di lettura\n\n" + BODY + "\n\nMeer over\nWoningmarkt\nGemeenten");
        assertThat(a.getLead() + a.getBody()).doesNotContain("di lettura", "Meer over", "Woningmarkt");
    }
}
