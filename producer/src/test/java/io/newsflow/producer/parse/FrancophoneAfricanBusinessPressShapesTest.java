package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-fifth held-out round (x2403-x2408), business papers of West Africa and the
 * Maghreb in French: the site's picks under the story ("Financial Afrik vous recommande", "Articles liés") and the
 * call to its WhatsApp channel ("Médias24 est sur WhatsApp. Rejoignez notre chaîne ...").
 */
class FrancophoneAfricanBusinessPressShapesTest {
    private static final String HEADER = "La BOAD lève 150 milliards FCFA sur le marché régional\nPar Adama Wade\n7 décembre 2026\n\n"
            + "La Banque ouest-africaine de développement a levé 150 milliards de francs CFA.\n\n"
            + "L'opération a été sursouscrite à 132 %, selon la banque.\n\n";

    @Test
    void shouldDropTheSitesPicksUnderTheirLabels() {
        Article a = parse(HEADER + "Financial Afrik vous recommande\nLe Sénégal prépare un nouvel eurobond\n");
        assertThat(allText(a)).contains("sursouscrite").doesNotContain("recommande", "eurobond");
        Article b = parse(HEADER + "Articles liés\nTunisie : l'inflation recule à 5,2 %\n");
        assertThat(allText(b)).contains("sursouscrite").doesNotContain("Articles liés", "inflation");
    }

    @Test
    void shouldDropTheCallToTheSitesWhatsAppChannel() {
        Article a = parse(HEADER + "Médias24 est sur WhatsApp. Rejoignez notre chaîne pour suivre l'actualité en continu.\n");
        assertThat(allText(a)).contains("sursouscrite").doesNotContain("WhatsApp", "Rejoignez");
    }
}
