package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixth held-out round (x1269-x1274), on other inputs: a record's relations expanded
 * beside their ids (PocketBase's) and an id where a category's name was expected; a copyright with a dash after its
 * year; a readers' reactions counter (Lefaso.net's); a hyphenated logo in lower case over its group's name (in-cyprus's).
 */
class ExpandedRecordsAndLowerCaseLogosShapesTest {

    @Test
    void shouldReadTheExpandedRecordsInPlaceOfTheRelationsIds() {
        Article a = file("{\"collectionName\": \"articles\", \"id\": \"r7k2m9q4x1a8b3c\", \"title\": \"" + HEADLINE + "\", \"published\":"
                + " \"2026-11-30 07:00:00.000Z\", \"author\": \"u4x9k2a7m3q8p1z\", \"category\": \"c2m8q1x7k4a9b3d\", \"content\": \"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\", \"expand\": {\"author\": {\"id\": \"u4x9k2a7m3q8p1z\", \"name\": \"Beth Crowther\"},"
                + " \"category\": {\"id\": \"c2m8q1x7k4a9b3d\", \"name\": \"Environment\"}}}", "record.json");
        assertThat(a.getAuthors()).containsExactly("Beth Crowther");
        assertThat(a.getSection()).isEqualTo("Environment");
    }

    @Test
    void shouldTakeNoRecordsIdForTheSection() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"category\": \"c2m8q1x7k4a9b3d\", \"content\": \"" + BODY.replace("\n", "\\n")
                + "\"}", "record.json");
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldReadTheOutletFromACopyrightWithADashAfterItsYear() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY
                + "</article><footer><div class=\"copy-1\">© 2026 - Wessex Courant. All Rights Reserved.</div></footer></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Wessex Courant");
    }

    @Test
    void shouldDropTheReadersReactionsCounter() {
        Article a = parse(HEADLINE + "\n\nvendredi 27 novembre 2026\n\n" + BODY + "\n\nVos réactions (2)");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("réactions");
    }

    @Test
    void shouldReadAHyphenatedLowerCaseLogoOverItsGroupsNameAsTheMasthead() {
        Article a = parse("in-kilbrannan\nkilnews\n\nKilbrannan\nBusiness\nWorld\nOpinion\nLifestyle\n\nKilbrannan\n\n" + HEADLINE
                + "\n\n" + BODY + "\n\nNewsroom\n27 November 2026 | 14:20");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("in-kilbrannan");
    }
}
