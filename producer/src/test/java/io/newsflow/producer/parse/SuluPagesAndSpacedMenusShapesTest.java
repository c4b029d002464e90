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
 * Shapes met in the two-hundred-and-thirty-seventh held-out round (x1455-x1460), on other inputs: a page as Sulu CMS's
 * headless API gives it; an author card labelled in the story's footer (Hugo's Congo theme); a menu whose items the
 * scrape parted by two spaces; a trail without its home crumb ending with the headline; the writer's town and country
 * under the name ("Santiago, RD"); a day-first date with a clock on a Spanish page; "Ver más noticias de ...".
 */
class SuluPagesAndSpacedMenusShapesTest {
    private static final String SPANISH = "El ayuntamiento cerró este viernes el puente viejo a los coches, una decisión que dividió a la ciudad.\n\n"
            + "Los comerciantes dijeron que el cierre les costará clientes, mientras que los ciclistas lo celebraron en la plaza.";

    @Test
    void shouldReadASuluPagesContentExcerptAndAuthoredDate() {
        Article a = file("{\"id\": \"4f6a\", \"type\": \"page\", \"template\": \"article\", \"content\": {\"title\": \"Old bridge closes to cars\","
                + " \"article\": \"" + HTML_BODY + "\", \"author_name\": \"Ana Ruiz\"}, \"view\": {}, \"extension\": {\"excerpt\":"
                + " {\"categories\": [{\"id\": 5, \"name\": \"Transport\"}]}}, \"author\": \"c2f0f4b8\", \"authored\": \"2026-12-05T07:45:00+0100\"}",
                "page.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T06:45:00Z"));
    }

    @Test
    void shouldReadAnAuthorCardLabelledInTheStorysFooter() {
        Article a = file("<html><body><main><article><header><h1>Old bridge closes to cars</h1></header><section>" + HTML_BODY
                + "</section><footer><div class=\"flex\"><div><div class=\"text-xs uppercase\">Author</div><div class=\"font-semibold\">Ana Ruiz"
                + "</div><div class=\"text-sm\">Writing about the valley's roads since 2015.</div></div></div></footer></article></main>"
                + "</body></html>", "page.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldReadItemsPartedByTwoSpacesAsAMenu() {
        Article a = parse("Valley Voice\nLuz en el valle\n\nInicio  Política  Economía  Ciudadanía  Salud  Valle Chequea\n\n"
                + "Old bridge closes to cars\n\nDecember 5, 2026\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSource()).isEqualTo("Valley Voice");
    }

    @Test
    void shouldReadATrailEndingWithTheHeadlineTheWritersTownAndADayFirstDateWithItsClock() {
        Article a = parse("Diario del Valle\n\nNoticias  Economía  Deportes  Revista  Opinión  Planeta\n\nSan Pedro › Cierran el puente viejo a los coches\n\n"
                + "Cierran el puente viejo a los coches\n\nAna Ruiz\nSan Pedro, RD\n05/12/2026 · 09:30 AM\n\n" + SPANISH + "\n\nVer más noticias de San Pedro");
        assertThat(a.getTitle()).isEqualTo("Cierran el puente viejo a los coches");
        assertThat(a.getSection()).isEqualTo("San Pedro");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T09:30:00Z"));
        assertThat(allText(a)).doesNotContain("Ver más").doesNotContain("San Pedro, RD");
    }
}
