package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-fourth held-out round (x1797-x1802), German-language sites: the writer after
 * the stamp's time ("6. Dezember 2026, 9:31 Uhr, Friedhelm Greis"); a name in lower case with a hyphen ("t-online") and
 * its "Verwendete Quellen:"; a desk's "Heute Redaktion"; a list picture's credit; "Quelle: DPA" as dpa writes itself; a
 * premium badge and "Fehler im Artikel melden".
 */
class GermanSitesStampsAndCreditsShapesTest {

    private static final String TEXT = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren.\n\n"
            + "Händler fürchten, dass ihnen die Kunden fehlen werden, wenn die Brücke geschlossen ist.\n";

    @Test
    void shouldReadTheWriterAfterTheStampsTimeAndDropBadgesAndErrorLinks() {
        Article a = parse("Golem.de\nIT-News für Profis\n\nThemen | Ratgeber | Tests | Karriere | Podcasts\n\nVerkehr\n\nAlte Brücke wird für Autos gesperrt\n\n"
                + "6. Dezember 2026, 9:31 Uhr, Friedhelm Greis\n\n" + TEXT + "\nGolem Plus Artikel\nFehler im Artikel melden\n");
        assertThat(a.getAuthors()).containsExactly("Friedhelm Greis");
        assertThat(allText(a)).contains("Kunden fehlen").doesNotContain("Golem Plus", "Fehler im Artikel");
    }

    @Test
    void shouldReadALowerCaseHyphenatedNameAndDropItsSourcesList() {
        Article a = parse("t-online\nNachrichten | Sport | Unterhaltung | Finanzen | Leben\n\nNachrichten › Panorama\n\nAlte Brücke wird für Autos gesperrt\n\n"
                + "Von Lisa Becker\n\n" + TEXT + "\nVerwendete Quellen:\nNachrichtenagentur dpa\n");
        assertThat(a.getSource()).isEqualTo("t-online");
        assertThat(allText(a)).contains("Kunden fehlen").doesNotContain("Verwendete Quellen", "Nachrichtenagentur");
    }

    @Test
    void shouldNameNoOneForADesksCreditAndDropAListPicturesCredit() {
        Article a = parse("Heute\nÖsterreich | Wien | Welt | Wirtschaft | Sport\n\nWien\n\nAlte Brücke wird für Autos gesperrt\n\nHeute Redaktion\n06.12.2026, 11:45\n\n"
                + TEXT + "\nRubriklistenbild: © Sven Hoppe/dpa\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("Kunden fehlen").doesNotContain("Heute Redaktion", "Rubriklistenbild");
    }

    @Test
    void shouldWriteTheAgencyAsItWritesItself() {
        Article a = parse("STERN\nPolitik | Gesellschaft | Wirtschaft | Kultur | Sport\n\nWirtschaft\n\nAlte Brücke wird für Autos gesperrt\n\n"
                + "06. Dezember 2026, 09:12 Uhr\nQuelle: DPA\n\n" + TEXT);
        assertThat(a.getSource()).isEqualTo("dpa");
    }
}
