package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the ninety-seventh held-out round (x619-x624), each on other names and days: a site's name that is also
 * a credit's label ("BILD") over its menu, a shouted logo opening the page over its buttons and menu, the outlet after a
 * stamp's clock and a comma, and a Spanish save button and registration prompt.
 */
class MastheadsOverMenusShapesTest {

    @Test
    void shouldReadTheSiteWhenItsNameIsAlsoACreditsLabelOverTheMenu() {
        Article a = parse("FOTO\nPolitik\nSport\nKultur\nReise\n\nPOLITIK\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("FOTO");
        assertThat(a.getSection()).isEqualTo("Politik");
    }

    @Test
    void shouldReadTheSiteNotASectionWhenAShoutedLogoOpensThePage() {
        Article a = parse("IL PICCOLO\nAbbonati\nTrieste\nCronaca\n\nECONOMIA\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Il Piccolo");
        assertThat(a.getSection()).isEqualTo("Economia");
    }

    @Test
    void shouldReadTheOutletWhenACommaPartsItFromTheStampsClock() {
        Article a = parse(HEADLINE + "\n\nJane Porter, Health Correspondent\nMonday March 09 2026, 10.15am GMT, The Harbour Times\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
        assertThat(a.getAuthors()).containsExactly("Jane Porter");
    }

    @Test
    void shouldDropTheButtonsWhenASpanishPageAsksToSaveOrRegister() {
        Article a = parse(HEADLINE + "\n\nGuardar\n\n" + BODY + "\n\nEsta funcionalidad es sólo para registrados\nIniciar sesión");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Guardar", "registrados");
    }
}
