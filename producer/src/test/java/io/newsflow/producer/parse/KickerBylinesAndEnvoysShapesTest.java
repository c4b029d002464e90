package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-seventeenth held-out round (x739-x744), on other names: the section, the byline and the
 * day in one kicker line over the headline ("Politica | di Lorenzo Castelli | 3 Dicembre 2026"), a special envoy's
 * byline with the town she writes from ("Clémence Arnoult, envoyée spéciale à Lourdes"), and an Italian site's plea
 * for support closing the text.
 */
class KickerBylinesAndEnvoysShapesTest {

    @Test
    void shouldReadTheWriterAndTheDayWhenTheKickerLineHoldsThem() {
        Article a = parse("Cronaca | di Marta Rinaldi | 2 Dicembre 2026\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Cronaca");
        assertThat(a.getAuthors()).containsExactly("Marta Rinaldi");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void shouldReadTheEnvoyWhenTheBylineNamesTheTownSheWritesFrom() {
        Article a = parse(HEADLINE + "\n\nThomas Berger, envoyé spécial à Genève\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Thomas Berger");
        assertThat(allText(a)).doesNotContain("envoyé spécial");
    }

    @Test
    void shouldDropAnItalianSitesPleaForSupportWhenItClosesTheText() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nSostieni il nostro giornalismo: abbonati da 1 euro al mese.");
        assertThat(allText(a)).doesNotContain("Sostieni");
    }
}
