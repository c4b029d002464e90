package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twelfth held-out round (x1905-x1910), pages and feeds of six publishing systems:
 * a Nordic paper's share bar ("Del på Facebook · Del på X · Kopier lenke") and its imprint (its editor in charge and its
 * press code), which a page of bare blocks leaves among the story's text.
 */
class NordicHtmlFurnitureShapesTest {

    @Test
    void shouldDropANordicShareBarAndImprint() {
        Article a = parse("Bybanen får nye vogner fra 2028\n\nKari Nordmann\n06.12.2026 08:15\n\n"
                + "Fylkeskommunen har signert kontrakt om 20 nye vogner.\n\nDe første vognene kommer i 2028.\n\n"
                + "Del på Facebook · Del på X · Kopier lenke\n\n"
                + "Ansvarlig redaktør: Ola Hansen · Avisen følger Vær Varsom-plakatens regler for god presseskikk.\n");
        assertThat(allText(a)).contains("20 nye vogner").doesNotContain("Del på", "Ansvarlig redaktør", "Vær Varsom");
    }

    @Test
    void shouldDropASwedishImprint() {
        Article a = parse("Spårvägen förlängs till Frölunda\n\nAnna Berg\n2026-12-06 08:15\n\nSpårvägen förlängs med tre kilometer.\n\n"
                + "Bygget kostar 900 miljoner kronor.\n\nAnsvarig utgivare: Per Svensson\n");
        assertThat(allText(a)).contains("900 miljoner").doesNotContain("utgivare");
    }
}
