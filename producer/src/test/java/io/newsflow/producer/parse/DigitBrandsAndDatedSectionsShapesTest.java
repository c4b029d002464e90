package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * The two misses the hundred-and-thirty-sixth round (x853-x858) left: a brand of digits and a word over its menu
 * ("15min", which reads as a relative stamp anywhere else), and a section after the bar of a wire's dated line ("KYODO
 * NEWS - Dec 5, 2026 - 10:12 | Business, All").
 */
class DigitBrandsAndDatedSectionsShapesTest {

    @Test
    void shouldReadABrandOfDigitsAndAWordAsTheMastheadWhenItHeadsTheMenu() {
        Article a = parse("20min\nNaujienos\nVerslas\nSportas\nGyvenimas\nPrisijungti\n\nVerslas\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("20min");
        assertThat(a.getSection()).isEqualTo("Verslas");
    }

    @Test
    void shouldReadTheSectionAfterTheBarOfAWiresDatedLine() {
        Article a = parse(HEADLINE + "\n\nKYODO NEWS - Dec 5, 2026 - 10:12 | Business, All\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Business");
    }
}
