package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-thirty-third held-out round (x835-x840), on other pages: a site's initials over its name
 * and a desk signing with the initials, a printer-friendly page ("Printed from ..."), a clock with an "h" after it
 * ("10:12h"), Spanish-language furniture under the story, and a Drupal node's author field.
 */
class SpelledOutMastheadsAndPrintedPagesShapesTest {

    @Test
    void shouldKeepTheSpelledOutNameWhenTheDeskSignsWithTheSitesInitials() {
        Article a = parse("ÚH\nÚltima Hora\nNacionales\nPolítica\nEconomía\nDeportes\nMundo\n\nEconomía\n\n" + HEADLINE
                + "\n\nRedacción ÚH\n05 de diciembre de 2026 - 09:30\n\n" + BODY + "\n\nSíguenos en nuestro canal de WhatsApp");
        assertThat(a.getSource()).isEqualTo("Última Hora");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("WhatsApp");
    }

    @Test
    void shouldReadAPrinterFriendlyPagesOutletAndHeadlineWhenItsPrintLineOpensThePage() {
        Article a = parse("Printed from THE HALIFAX EXAMINER (https://www.halifaxexaminer.example)\n\n" + HEADLINE
                + "\n\nBy Zane Woodford\n\nDecember 5, 2026\n\n" + BODY + "\n\nURL to article: https://www.halifaxexaminer.example/a/");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("The Halifax Examiner");
        assertThat(allText(a)).doesNotContain("Printed from", "URL to article");
    }

    @Test
    void shouldReadTheClockWhenAnHFollowsItsMinutes() {
        Article a = parse(HEADLINE + "\n\nPor Ana Lucía Ola\n05 de diciembre de 2026 a las 10:12h\n\n" + BODY
                + "\n\nEscuche aquí\nDescargue nuestra app\n\nLea además\nAeropuerto La Aurora amplía su terminal\n\n"
                + "Comentarios\nCargando comentarios...\n\n¿Encontraste un error?");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T10:12:00Z"));
        assertThat(allText(a)).doesNotContain("Escuche", "Descargue", "Aeropuerto", "Cargando", "Encontraste");
    }

    @Test
    void shouldReadTheWriterWhenADrupalNodeNamesItsAuthorInItsUidField() {
        Article a = file("<html><body><article class=\"node node--type-article\"><h1 class=\"page-title\">" + HEADLINE + "</h1>"
                + "<div class=\"node__meta\"><span class=\"field field--name-uid\"><span>Siobhán Brennan</span></span></div>"
                + "<div class=\"field field--name-body\">" + HTML_BODY + "</div>"
                + "<section class=\"field field--name-comment\"><h2>Add new comment</h2></section></article></body></html>", "node.html");
        assertThat(a.getAuthors()).containsExactly("Siobhán Brennan");
        assertThat(allText(a)).doesNotContain("Add new comment");
    }
}
