package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * A shape met in the hundred-and-fourteenth held-out round (x721-x726), on other names: a trail of two crumbs whose
 * second is a subsection named by a noun and its lower-case adjective ("Belgique › Politique belge").
 */
class SubsectionAdjectiveTrailsShapesTest {

    @Test
    void shouldReadTheFirstCrumbWhenTheSecondIsANounAndItsAdjective() {
        Article a = parse("Italia › Cronaca locale\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Italia");
        assertThat(allText(a)).doesNotContain("Cronaca locale");
        Article b = parse("Economía / Política fiscal\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(b.getSection()).isEqualTo("Economía");
    }

    @Test
    void shouldReadNoTrailWhenTheFirstPartIsNoSectionOrPlace() {
        Article a = parse("Markus Weber › Freier Autor\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isNull();
    }
}
