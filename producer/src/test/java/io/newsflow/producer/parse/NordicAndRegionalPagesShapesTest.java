package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-sixth held-out round (x1809-x1814), regional papers' pages: an outlet's
 * initials or name over a menu of places and sections ("UNT" / "Uppsala Knivsta Tierp ... Sport Kultur"); the writer's
 * closing name and address, no outlet even where no masthead is known; a row of share buttons with a mail button in the
 * page's language, or of "Compartir en ..." buttons; a syndicated page's link to the full story; rails, pleas and
 * buttons in Norwegian, Finnish, German and Spanish.
 */
class NordicAndRegionalPagesShapesTest {

    private static final String TEXT = "Kommunen öppnar en ny simhall vid Stora torget i mars, meddelar kommunen.\n\n"
            + "Simhallen får en bassäng på 25 meter och ett undervisningsbad.\n";

    @Test
    void shouldTakeAnOutletsInitialsOverAMenuOfPlacesAsTheMasthead() {
        Article a = parse("VLT\nVästerås  Köping  Sala  Fagersta  Sport  Kultur  Nöje\n\nVästerås\n\nNy simhall öppnar vid Stora torget\n\n"
                + "Av: Lina Ek\nPublicerad 6 december 2026 kl 10.45\n\n" + TEXT + "\nLina Ek\nlina.ek@vlt.se\n\nDela artikeln\nFacebook  X  Mejla\n");
        assertThat(a.getSource()).isEqualTo("VLT");
        assertThat(a.getAuthors()).containsExactly("Lina Ek");
        assertThat(allText(a)).contains("undervisningsbad").doesNotContain("Mejla", "lina.ek@");
    }

    @Test
    void shouldNotTakeTheWritersClosingNameForTheOutletWhenNoMastheadIsKnown() {
        Article a = parse("Ny simhall öppnar vid Stora torget\n\nAv: Lina Ek\nPublicerad 6 december 2026 kl 10.45\n\n" + TEXT
                + "\nLina Ek\nlina.ek@example.se\n");
        assertThat(a.getAuthors()).containsExactly("Lina Ek");
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldTakeANameOverAMenuOfPlacesAsTheMastheadAndTheTrailsPlaceAsTheSection() {
        Article a = parse("Il Giorno\nMilano  Lombardia  Cronaca  Sport  Economia  Spettacoli\nABBONATI  ACCEDI\n\nHome > Milano > Cronaca\n\n"
                + "Il tram 9 tornerà in servizio da lunedì\n\ndi Marta Rossi\nSabato 6 Dicembre 2026, 07:30\n\n"
                + "Da lunedì il tram 9 tornerà in servizio dopo sei mesi di lavori sui binari.\n\nLe corse saranno ogni otto minuti.\n\n"
                + "Leggi l'articolo completo su\nIl Giorno\n");
        assertThat(a.getSource()).isEqualTo("Il Giorno");
        assertThat(a.getSection()).isEqualTo("Milano");
        assertThat(allText(a)).contains("ogni otto minuti").doesNotContain("Leggi l'articolo");
    }

    @Test
    void shouldDropARowOfShareButtonsAndTheRailsUnderTheStory() {
        Article a = parse("Diario del Puerto\n\nEl puerto amplía su muelle norte\n\nAna Gil\n06·12·26 | 11:48\n\n"
                + "Compartir en Whatsapp  Compartir en Facebook  Compartir en Twitter\n\n"
                + "La autoridad portuaria ha licitado este sábado la ampliación del muelle norte.\n\nLa obra durará dos años.\n\n"
                + "TEMAS\nPuerto  Muelle\n\nMás noticias\nEl ferry vuelve a Ibiza\n");
        assertThat(allText(a)).contains("La obra durará dos años.").doesNotContain("Compartir", "TEMAS", "Más noticias", "ferry");
    }

    @Test
    void shouldDropNordicAndGermanPleasAndButtonsClosingThePage() {
        String norwegian = "Kommunen åpner en ny svømmehall ved torget i mars.\n\nHallen får et basseng på 25 meter.\n\n"
                + "Flere saker\nSlik blir været i helgen\n\nAbonner på Avisa Sør\n";
        assertThat(allText(parse("Ny svømmehall åpner ved torget\n\nAv Kari Lie\n06.12.2026 08:14\n\n" + norwegian)))
                .contains("25 meter").doesNotContain("Flere saker", "været", "Abonner");
        String finnish = "Kaupunki avaa uuden uimahallin torin laidalle maaliskuussa.\n\nHallissa on 25 metrin allas.\n\n"
                + "Jaa artikkeli\nKommentoi\n\nTilaa LS:n uutiskirje\n";
        assertThat(allText(parse("Uusi uimahalli avataan torin laidalle\n\nSTT\n6.12.2026 12:31\n\n" + finnish)))
                .contains("25 metrin").doesNotContain("Kommentoi", "uutiskirje");
        String german = "Die Stadt eröffnet im März ein neues Hallenbad am Markt.\n\nDas Becken ist 25 Meter lang.\n\n"
                + "Mehr von Kreisblatt Online\nNeue Radwege geplant\n\nFeedback\nArtikel drucken\n";
        assertThat(allText(parse("Neues Hallenbad am Markt\n\nVon Jan Ott\n06.12.2026, 14:20 Uhr\n\n" + german)))
                .contains("25 Meter lang").doesNotContain("Mehr von", "Radwege", "Feedback", "drucken");
    }
}
