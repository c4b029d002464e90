package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighty-first held-out round (x1119-x1124), on other inputs: a content system's record
 * with its fields in "fieldValues" beside its dates, its writer an API address and its categories a map of slugs to
 * names (Bolt's); an outlet's byline that is the masthead's name without its article ("By Tico Times" under "The Tico
 * Times"); a place over the headline in the stamp's block (MercoPress's "Falkland Islands"), its "Full article" tab; a
 * state paper's tagline under its one-word name ("Granma" / "Órgano oficial del ...").
 */
class FieldValuesAndOwnNamesShapesTest {

    @Test
    void shouldReadFieldValuesBesideTheirDatesAndTakeNoAddressAsAWriter() {
        Article a = file("{\"author\": \"/api/users/7\", \"publishedAt\": \"2026-11-30T08:00:00+00:00\", \"fieldValues\": {\"title\": \""
                + HEADLINE + "\", \"body\": \"" + HTML_BODY + "\"}, \"taxonomyValues\": {\"categories\": {\"harbour\": \"Harbour\"}}}", "content.json");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Harbour");
        assertThat(allText(a)).contains("split the town", "cyclists welcomed it");
    }

    @Test
    void shouldKeepTheMastheadsNameOverTheSameNameWithoutItsArticle() {
        Article a = parse("The Harbour Times\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\nBy Harbour Times\nNovember 30, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldTakeAPlaceOverTheHeadlineInTheStampsBlockAsTheSection() {
        Article a = parse("Harbourwire\nHome\nNews\nSport\nBusiness\nOpinion\n\nSouth Georgia\n" + HEADLINE + "\nMonday, November 30th 2026 - 09:12 UTC\n"
                + "Full article\nComments\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("South Georgia");
        assertThat(allText(a)).contains("split the town").doesNotContain("Full article");
    }

    @Test
    void shouldTakeTheNameOverAStatePapersTaglineAsTheMasthead() {
        Article a = parse("Vanguardia\nÓrgano oficial del Comité Provincial de Villa Clara\n\nInicio\nCuba\nDeportes\nCultura\nOpinión\n\n" + HEADLINE
                + "\n\nAutor: Aoife Brennan\n30 de noviembre de 2026 10:12:38\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Vanguardia");
        assertThat(allText(a)).doesNotContain("Órgano");
    }
}
