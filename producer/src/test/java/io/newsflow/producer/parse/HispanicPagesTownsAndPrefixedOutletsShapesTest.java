package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-third held-out round (x1851-x1856), Chilean, Argentine, Mexican, Colombian and
 * Spanish pages: the outlet's kind before its name under the writer ("Periódico La Jornada"), which neither names a
 * writer nor outranks the masthead; a Spanish writer's town under the byline ("San Sebastián"); Vocento's registration
 * notice; Argentina's "Dejá tu comentario".
 */
class HispanicPagesTownsAndPrefixedOutletsShapesTest {

    private static final String TEXT = "El ayuntamiento aprobó este sábado el proyecto del nuevo puente.\n\n"
            + "Las obras durarán dos años.\n";

    @Test
    void shouldKeepTheMastheadOverTheOutletsKindAndNameUnderTheWriter() {
        Article a = parse("La Voz\nPolítica  Economía  Mundo  Estados  Capital  Sociedad\n\nCapital\n\nAprueban el nuevo puente de Tlalpan\n\n"
                + "Marta Ruiz Solís\nPeriódico La Voz\nSábado 6 de diciembre de 2026, p. 28\n\n" + TEXT);
        assertThat(a.getAuthors()).containsExactly("Marta Ruiz Solís");
        assertThat(a.getSource()).isEqualTo("La Voz");
    }

    @Test
    void shouldTakeASpanishCityUnderTheBylineForTheWritersTownNotASecondWriter() {
        Article a = parse("Aprueban el nuevo puente del Urumea\n\nAnder Etxeberria\nSan Sebastián\nSábado, 6 de diciembre 2026, 08:15\n\n"
                + TEXT + "\nEsta funcionalidad es exclusiva para registrados.\n");
        assertThat(a.getAuthors()).containsExactly("Ander Etxeberria");
        assertThat(allText(a)).contains("dos años").doesNotContain("exclusiva para registrados");
    }

    @Test
    void shouldDropAnArgentineCommentPrompt() {
        Article a = parse("Aprueban el nuevo puente de Rosario\n\n6 de diciembre 2026 - 11:35\n\n" + TEXT + "\nDejá tu comentario\n");
        assertThat(allText(a)).contains("dos años").doesNotContain("Dejá tu comentario");
    }
}
