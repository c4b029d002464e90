package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-nineteenth held-out round (x751-x756), on other pages: a daily whose name opens with a
 * number over its menu ("24 heures"; not "20 minutes", which a reading time's line cannot be told from), a form to
 * report a mistake closing the text ("Vous avez trouvé une faute?", "Reporta un error") and a comment button ("Comenta").
 */
class NumberedMastheadsAndErrorFormsShapesTest {

    @Test
    void shouldReadTheMastheadWhenTheDailysNameOpensWithANumber() {
        Article a = parse("24 heures\nRégion\nSuisse\nCulture\nAbonnements\n\nGenève\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("24 heures");
    }

    @Test
    void shouldDropAFormToReportAMistakeWhenItClosesTheText() {
        Article fr = parse(HEADLINE + "\n\n" + BODY + "\n\nVous avez trouvé une faute? Merci de nous la signaler.");
        assertThat(allText(fr)).doesNotContain("faute");
        Article es = parse(HEADLINE + "\n\n" + BODY + "\n\nComenta\nReporta un error");
        assertThat(allText(es)).doesNotContain("Reporta").doesNotContain("Comenta");
    }
}
