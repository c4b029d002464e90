package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-fifth held-out round (x1803-x1808), Latin American pages: a shouted masthead
 * whose accent the page writes elsewhere ("EXCELSIOR" / "... de Excélsior"); a rail of a place's other stories ("Más
 * noticias de Quito"); a plea to read the columns.
 */
class LatinAmericanPagesShapesTest {

    private static final String TEXT = "El concejo votó el martes cerrar el viejo puente a los autos desde la primavera.\n\n"
            + "Los comerciantes temen perder clientes mientras el puente esté cerrado.\n";

    @Test
    void shouldSpellAShoutedMastheadWithTheAccentThePageGivesIt() {
        Article a = parse("EXCELSIOR\nNacional | Global | Dinero | Comunidad | Opinión\n\nDinero\n\nEl viejo puente cerrará a los autos\n\n"
                + "Lindsay H. Esquivel\n06/12/2026 09:05\n\n" + TEXT + "\nLee las columnas de opinión de Excélsior\n");
        assertThat(a.getSource()).isEqualTo("Excélsior");
        assertThat(allText(a)).contains("perder clientes").doesNotContain("columnas");
    }

    @Test
    void shouldDropARailOfAPlacesOtherStories() {
        Article a = parse("El Comercio\n\nQuito\n\nEl viejo puente cerrará a los autos\n\nRedacción El Comercio\n06 de diciembre de 2026 - 10:30\n\n"
                + TEXT + "\nMás noticias de Quito\nNuevo horario del trolebús\n");
        assertThat(allText(a)).contains("perder clientes").doesNotContain("Más noticias", "trolebús");
    }
}
