package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-eleventh held-out round (x2499-x2504), the press of Curaçao, Aruba and Suriname in
 * Dutch and Papiamento: Papiamento's byline label ("Skirbi pa"), its date with "di" ("7 di december 2026"), its newsroom
 * ("Redaccion"), share button and related label, and a follow prompt naming the site ("Volg Curaçao.nu op Facebook").
 */
class DutchCaribbeanAndSurinamePressShapesTest {
    private static final String STORY = "Aruba a ricibi mas di 1,2 miyon bishitante te na november di e aña aki.\n\n"
            + "Hotelnan ta reporta un ocupacion di 85 porciento.\n\n";

    @Test
    void shouldReadPapiamentosBylineAndDate() {
        Article a = parse("Turismo na Aruba ta sigui crece\nSkirbi pa Luis Croes\n7 di december 2026\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Luis Croes");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void shouldDropPapiamentosNewsroomButtonsAndRelatedLabelAndADutchFollowPrompt() {
        Article a = parse("Gobierno ta presenta presupuesto pa 2027\n7 december 2026 - 14:20\nRedaccion\n\n" + STORY
                + "Comparti e articulo aki\n\nVolg Curaçao.nu op Facebook\n\nLesa tambe\nSindicato ta exigi aumento di salario\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getLead()).startsWith("Aruba a ricibi");
        assertThat(allText(a)).contains("85 porciento").doesNotContain("Redaccion", "Comparti", "Volg", "Sindicato");
    }
}
