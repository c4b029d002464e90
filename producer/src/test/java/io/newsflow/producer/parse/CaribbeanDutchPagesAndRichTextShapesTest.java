package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-eighth held-out round (x1401-x1406), on other inputs: a record under its type's
 * name with ProseMirror rich text under "json" (Caisy's); a site's news and where from as its tagline, a menu of islands
 * and Dutch desks, a newsroom's closing credit with a colon (Amigoe's); a one-word name over a menu bar and a bracketed
 * closing source (Starnieuws's); the outlet's name with whose material it wrote (Outremers360's).
 */
class CaribbeanDutchPagesAndRichTextShapesTest {

    @Test
    void shouldReadARecordUnderItsTypesNameWithItsRichTextDocument() {
        Article a = file("{\"data\": {\"BlogArticle\": {\"title\": \"Old bridge closes to cars\", \"text\": {\"json\": {\"type\": \"doc\", \"content\": ["
                + "{\"type\": \"paragraph\", \"content\": [{\"type\": \"text\", \"text\": \"The council voted on Tuesday to close the old bridge to cars.\"}]},"
                + "{\"type\": \"paragraph\", \"content\": [{\"type\": \"text\", \"text\": \"Traders said the closure would cost them customers.\"}]}]}},"
                + " \"author\": {\"name\": \"Ana Ruiz\"}, \"_meta\": {\"publishedAt\": \"2026-12-01T08:00:00.000Z\"}}}}", "caisy.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(allText(a)).contains("Traders said the closure");
    }

    @Test
    void shouldReadAnIslandSitesTaglineMenuAndNewsroomCredit() {
        Article a = parse("Valleigoe\nNieuws uit Curaçao, Aruba en Bonaire\n\nCuraçao  Aruba  Bonaire  Economie  Sport\n\nOld bridge closes to cars\n\n"
                + BODY + "\n\nDoor: Redactie Valleigoe\n1 december 2026");
        assertThat(a.getSource()).isEqualTo("Valleigoe");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(allText(a)).doesNotContain("Redactie", "Nieuws uit");
    }

    @Test
    void shouldTakeAOneWordNameOverAMenuBarAndDropABracketedClosingSource() {
        Article a = parse("Valleinieuws\n\nHome | Binnenland | Buitenland | Sport | Economie\n\nOld bridge closes to cars\n\n05 Dec 2026, 14:22\n\n"
                + BODY + "\n\n(Bron: Valleinieuws)");
        assertThat(a.getSource()).isEqualTo("Valleinieuws");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("Bron:");
    }

    @Test
    void shouldDropTheOutletsClosingNameWithWhoseMaterialItWrote() {
        Article a = parse("Valley360\n\nAccueil > Pacifique\n\nOld bridge closes to cars\n\n" + BODY + "\n\nValley360 avec l'OPT");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("avec l'OPT");
    }
}
