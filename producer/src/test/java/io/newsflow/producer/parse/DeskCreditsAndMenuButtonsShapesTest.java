package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twenty-third held-out round (x775-x780), on other pages: a desk's credit whose place no
 * list holds ("O PORRIÑO / FARO") under a writer's name in capitals, the paper named in full by its masthead; an inline
 * byline after a lead-in, in natural case, with the outlet and the writer's town ("By Liina Kask, Nordic Rail Review,
 * Riga: ..."); a wire's update note with its day; and a logo over a menu's items closed by its buttons, whose section
 * is the label over the headline, not the menu's first item.
 */
class DeskCreditsAndMenuButtonsShapesTest {

    @Test
    void shouldReadTheWriterAndThePaperWhenADesksCreditNamesAnUnlistedPlace() {
        Article a = parse("Faro de Vigo\nVigo\nMorrazo\nDeportes\nSuscríbete\nAcceder\n\n" + HEADLINE + "\n\nLUIS PIÑEIRO\nO PORRIÑO / FARO\n03/12/2026 06:00 h\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Luis Piñeiro");
        assertThat(a.getSource()).isEqualTo("Faro de Vigo");
        assertThat(allText(a)).doesNotContain("PORRIÑO");
    }

    @Test
    void shouldReadTheWriterAndTheOutletWhenAnInlineBylineHasALeadInAndATown() {
        Article a = parse(HEADLINE + "\n\nBy Liina Kask, Nordic Rail Review, Riga: " + BODY);
        assertThat(a.getAuthors()).containsExactly("Liina Kask");
        assertThat(a.getSource()).isEqualTo("Nordic Rail Review");
        assertThat(allText(a)).doesNotContain("Liina Kask");
    }

    @Test
    void shouldDropAWiresUpdateNoteWhenItGivesItsDay() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n(Updated 3 March with the minister's reply.)");
        assertThat(allText(a)).doesNotContain("minister's reply");
        Article undated = parse(HEADLINE + "\n\n" + BODY + "\n\n(Updates to add the minister's reply)");
        assertThat(allText(undated)).doesNotContain("minister's reply");
    }

    @Test
    void shouldTakeTheLabelOverTheHeadlineWhenButtonsCloseTheMenuUnderTheLogo() {
        Article a = parse("Die Rheinpfalz\nStartseite\nLokales\nLudwigshafen\nAbo\nAnmelden\n\nLudwigshafen\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Die Rheinpfalz");
        assertThat(a.getSection()).isEqualTo("Ludwigshafen");
    }
}
