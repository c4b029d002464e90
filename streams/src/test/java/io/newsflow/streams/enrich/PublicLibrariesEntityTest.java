package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the public libraries held-out set (h696-h701) found missing or wrong, each tried on other names: a list of
 * places sharing one locative, Denmark's second city, a Nordic definite noun before a library's name, Polish bodies'
 * heads and lists, German given names, a Swiss canton, a city's library, French provinces' governments, an Italian
 * trade unionist "della" his union, and systems of libraries and museums.
 */
class PublicLibrariesEntityTest {

    @Test
    void shouldReadEveryPlaceWhenAListOfUnknownNamesSharesOneLocative() {
        List<Entity> found = entities("da", "Kommunen vil åbne nye biblioteker i Skæring, Lisbjerg og Trige næste år.",
                "Borgerne i resten af Aarhus må vente, siger rådmanden.");
        for (String place : new String[] {"Skæring", "Lisbjerg", "Trige", "Aarhus"}) {
            assertType(found, place, EntityType.LOCATION);
        }
    }

    @Test
    void shouldReadTheNameWhenANordicDefiniteNounOfALibraryOrMuseumOpensTheSentence() {
        List<Entity> found = entities("da", "Byen får et nyt kulturhus ved havnen.",
                "Kunstmuseet Trapholt er ikke med i planen. Hovedbiblioteket Kulturværftet heller ikke.");
        assertThat(names(found)).contains("Trapholt", "Kulturværftet")
                .doesNotContain("Kunstmuseet Trapholt", "Hovedbiblioteket Kulturværftet");
    }

    @Test
    void shouldKeepAPolishBodysHeadWhenItIsAlreadyNominative() {
        List<Entity> found = entities("pl", "Biblioteka Kraków otworzy nową filię w Krakowie.",
                "Nowa hala ma powstać do jesieni. Z filii skorzystają mieszkańcy Sopotu i Rewy.");
        assertType(found, "Biblioteka Kraków", EntityType.ORGANIZATION);
        assertType(found, "Rewa", EntityType.LOCATION); // (the list knows its nominative)
        assertThat(names(found)).doesNotContain("Bibliotek Kraków", "Nowe");
    }

    @Test
    void shouldReadTheWholePersonWhenAGermanGivenNameOpensIt() {
        List<Entity> found = entities("de", "Gemeinderätin Svenja Keller Blum sprach von einer Chance für das Dorf.",
                "Auch Regula Amstutz unterstützt den Plan.");
        assertType(found, "Svenja Keller Blum", EntityType.PERSON);
        assertType(found, "Regula Amstutz", EntityType.PERSON);
    }

    @Test
    void shouldReadACantonAsABodyWhenItActsAndACitysLibraryByItsTown() {
        List<Entity> found = entities("de", "Der Kanton Aargau muss dem Kredit noch zustimmen.",
                "Die Stadtbibliothek Winterthur und das Stadtmuseum Aarau bleiben offen. Im Kanton Thurgau wird gespart.");
        assertType(found, "Kanton Aargau", EntityType.ORGANIZATION);
        assertType(found, "Stadtbibliothek Winterthur", EntityType.ORGANIZATION);
        assertType(found, "Stadtmuseum Aarau", EntityType.ORGANIZATION);
        assertType(found, "Thurgau", EntityType.LOCATION);
    }

    @Test
    void shouldReadAFrenchProvincesGovernmentWhenItsWordIsCapitalised() {
        List<Entity> found = entities("fr", "La Province de Namur a voté le budget de la bibliothèque.",
                "Le Département du Nord financera aussi le projet.");
        assertType(found, "Province de Namur", EntityType.ORGANIZATION);
        assertType(found, "Département du Nord", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePersonAndTheUnionWhenAnItalianNamesThemWithDella() {
        List<Entity> found = entities("it", "Le biblioteche resteranno aperte fino a mezzanotte tre sere alla settimana.",
                "«Serve più personale», ha detto Luca Neri della Cisl. Anche Sara Conti della Fondazione Cariplo è d'accordo.");
        assertType(found, "Luca Neri", EntityType.PERSON);
        assertType(found, "Sara Conti", EntityType.PERSON);
        assertType(found, "Cisl", EntityType.ORGANIZATION);
        assertType(found, "Fondazione Cariplo", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadABodyWhenASystemOfLibrariesOrMuseumsIsNamed() {
        List<Entity> found = entities("it", "La giunta ha approvato la proposta dell'Istituzione Musei di Ravenna.",
                "Anche la Fondazione del Monte partecipa.");
        assertType(found, "Istituzione Musei di Ravenna", EntityType.ORGANIZATION);
    }
}
