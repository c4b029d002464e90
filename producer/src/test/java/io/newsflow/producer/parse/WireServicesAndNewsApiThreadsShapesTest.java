package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-seventh held-out round (x1395-x1400), on other inputs: a news API's post with
 * its page's full window title in its thread (Webz.io's); a correspondent's closing credit, an agency's initials spelled
 * by every word of its name in sentence case (TASR's); a reuse notice without "any" (ELTA's).
 */
class WireServicesAndNewsApiThreadsShapesTest {

    @Test
    void shouldTakeTheOutletFromAThreadsFullWindowTitle() {
        Article a = file("{\"posts\": [{\"thread\": {\"site\": \"valleypost.example\", \"title_full\": \"Old bridge closes to cars | Valley Post\"},"
                + " \"title\": \"Old bridge closes to cars\", \"text\": \"" + BODY.replace("\n", "\\n") + "\", \"author\": \"Ana Ruiz\","
                + " \"published\": \"2026-12-01T09:10:00.000+02:00\"}], \"totalResults\": 1}", "webz.json");
        assertThat(a.getSource()).isEqualTo("Valley Post");
    }

    @Test
    void shouldReadACorrespondentsClosingCreditAsTheByline() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\n(spravodajca VAL Martin Novák)");
        assertThat(a.getAuthors()).containsExactly("Martin Novák");
        assertThat(allText(a)).doesNotContain("spravodajca");
    }

    @Test
    void shouldTakeTheNameEveryWordOfWhichALogosCapitalSpells() {
        Article a = parse("VASR\nValleyská agentúra Slovenskej republiky\n\nDomov > Ekonomika\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valleyská agentúra Slovenskej republiky");
    }

    @Test
    void shouldDropANoticeOnReproducingTheAgencysMaterials() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nReproduction of VALA materials is permitted only with a reference to the source.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Reproduction");
    }
}
