package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-seventy-sixth held-out round (x1091-x1094), on other pages: a small state's capital that
 * the time-zone database names by its country, under the writer's name ("Andorra la Vella", "Valletta", "Port Vila"),
 * is the writer's town, not a second writer; two writers stacked under the headline stay two.
 */
class SmallStatesCapitalsShapesTest {

    @Test
    void shouldReadASmallStatesCapitalUnderTheNameAsTheWritersTown() {
        for (String town : new String[] {"Andorra la Vella", "Valletta", "Port Vila"}) {
            Article a = parse(HEADLINE + "\n\nMarta Riba\n" + town + "\n05.12.2026\n\n" + BODY);
            assertThat(a.getAuthors()).as(town).containsExactly("Marta Riba");
            assertThat(allText(a)).doesNotContain(town);
        }
    }

    @Test
    void shouldKeepTwoWritersStackedUnderTheHeadline() {
        Article a = parse(HEADLINE + "\n\nMarta Riba\nJoan Puig\n05.12.2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Marta Riba", "Joan Puig");
    }
}
