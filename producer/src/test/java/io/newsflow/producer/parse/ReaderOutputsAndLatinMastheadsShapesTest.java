package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-fifth held-out round (x1383-x1388), on other inputs: a reader-mode extractor's
 * output (Mozilla Readability's "publishedTime"); a Ghost theme's logo as text; a translator's credit; "Redacción
 * Central"; "<name> Portal | <stamp>"; Spanish desks run onto one line; a paper's seniority and founding year under its
 * name; an article-led name alone over a menu bar.
 */
class ReaderOutputsAndLatinMastheadsShapesTest {

    @Test
    void shouldDateAReaderModeOutputByItsPublishedTime() {
        Article a = file("{\"title\": \"Old bridge closes to cars | Valley Post\", \"byline\": \"By Ana Ruiz, Staff Writer\", \"content\": \""
                + HTML_BODY + "\", \"siteName\": \"Valley Post\", \"publishedTime\": \"2026-12-01T07:45:00-03:00\"}", "readability.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-01T10:45:00Z"));
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldTakeAGhostThemesTextLogoForTheOutlet() {
        Article a = file("<html><body><header class=\"gh-head\"><a class=\"gh-head-logo\" href=\"/\">Valley Voice</a></header><main><article>"
                + "<h1 class=\"gh-article-title\">Old bridge closes to cars</h1><section class=\"gh-content\">" + HTML_BODY
                + "</section></article></main></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("Valley Voice");
    }

    @Test
    void shouldNeitherCreditATranslatorNorANewsroomsDeskAsTheOutlet() {
        Article translated = parse("Old bridge closes to cars\n\nAna Ruiz\nDecember 1, 2026\n\n" + BODY + "\n\nTranslated by Max Granger");
        Article desk = parse("Old bridge closes to cars\n\nRedacción Central\n\n05/12/2026 - 08:42\n\n" + BODY);
        assertThat(translated.getSource()).isNull();
        assertThat(allText(translated)).doesNotContain("Translated by");
        assertThat(desk.getSource()).isNull();
        assertThat(desk.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadAPortalsNameOverItsMenuAndBesideTheStamp() {
        Article a = parse("Valle Portal\n\nNoticias | Deportes | Economía | Tecnología | Columnistas\n\nOld bridge closes to cars\n\n"
                + "Valle Portal | 05.12.2026 10:20\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valle Portal");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldTakeAnArticleLedNameOverSpanishDesksAndASeniorityTagline() {
        Article desks = parse("Los Valles\n\nLocal  Nacional  Economía  Deportes  Opinión\n\nOld bridge closes to cars\n\n" + BODY);
        Article tagline = parse("La Voz del Valle\nDecana de la prensa nacional · Fundada en 1849\n\nNacional / Transporte\n\n"
                + "Old bridge closes to cars\n\n" + BODY);
        assertThat(desks.getSource()).isEqualTo("Los Valles");
        assertThat(desks.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(tagline.getSource()).isEqualTo("La Voz del Valle");
    }
}
