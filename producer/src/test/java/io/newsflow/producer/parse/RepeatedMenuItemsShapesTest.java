package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-sixth held-out round (x1869-x1874), European regional papers: the site's name
 * over a menu of single words that no list of desks holds, told by its current item repeated alone under it, over the
 * headline ("Kaleva" / "Uutiset Oulu Pohjois-Suomi Urheilu ..." / "Oulu"); a Finnish subscribers' box; Catalan's
 * newsletter plea and "Més notícies".
 */
class RepeatedMenuItemsShapesTest {

    @Test
    void shouldTakeTheNameOverAMenuWhoseItemIsRepeatedUnderItAsTheMasthead() {
        Article a = parse("Lapin Viesti\nUutiset  Kemi  Tornio  Rovaniemi  Mielipide  Viihde\n\nKemi\n\nKemin uusi silta avataan keväällä\n\n"
                + "Matti Korhonen\n6.12.2026 9:40\n\nKemin kaupunki kertoo, että uusi silta avataan keväällä.\n\nSillan pituus on 300 metriä.\n\n"
                + "Lapin Viesti tilaajille\n");
        assertThat(a.getSource()).isEqualTo("Lapin Viesti");
        assertThat(a.getSection()).isEqualTo("Kemi");
        assertThat(allText(a)).contains("300 metriä").doesNotContain("tilaajille");
    }

    @Test
    void shouldDropACatalanNewsletterPleaAndItsRail() {
        Article a = parse("El nou pont de Girona s'obrirà al març\n\nMarta Vilaseca\nDissabte, 6 de desembre de 2026, 10:15\n\n"
                + "L'Ajuntament ha anunciat que el nou pont s'obrirà al març.\n\nEl pont fa 300 metres.\n\nSubscriu-te al butlletí\n\nMés notícies\n");
        assertThat(allText(a)).contains("300 metres").doesNotContain("Subscriu-te", "Més notícies");
    }
}
