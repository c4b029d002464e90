package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-sixth held-out round (x2409-x2414), business papers of Colombia, Mexico,
 * Chile, Argentina and Brazil: a clock's half of the day written with a space ("10:15 p. m.", which read as the
 * morning); an update's age beside the stamp ("07/12/2026 11h05 • Atualizado 2 horas atrás", which made the line no
 * stamp); a Spanish wall and a call to a WhatsApp channel.
 */
class LatinAmericanBusinessPressShapesTest {
    private static final String STORY = "Varios bancos anunciaron reducciones en las tasas de interés de sus créditos.\n\n"
            + "Las rebajas oscilan entre 50 y 120 puntos básicos.\n\n";

    @Test
    void shouldReadTheEveningFromAHalfOfTheDayWrittenWithASpace() {
        Article a = parse("Bancos colombianos reducen tasas de crédito de vivienda\nRedacción Portafolio\n"
                + "07 de diciembre de 2026 - 10:15 p. m.\n\n" + STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T22:15:00Z"));
    }

    @Test
    void shouldReadTheStampBesideAnUpdatesAge() {
        Article a = parse("Ibovespa sobe 1% e fecha acima dos 140 mil pontos\nPor Equipe InfoMoney\n"
                + "07/12/2026 11h05 • Atualizado 2 horas atrás\n\n" + STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T11:05:00Z"));
        assertThat(a.getLead()).startsWith("Varios bancos");
    }

    @Test
    void shouldDropASpanishWallAndACallToAWhatsAppChannel() {
        Article a = parse("Codelco eleva su producción de cobre en octubre\nPor Catalina Vergara\n07/12/2026\n\n" + STORY
                + "Esta noticia es exclusiva para suscriptores. Suscríbete a DF para seguir leyendo.\n\nSiga nuestro canal de WhatsApp\n");
        assertThat(allText(a)).contains("rebajas").doesNotContain("exclusiva", "WhatsApp");
    }
}
