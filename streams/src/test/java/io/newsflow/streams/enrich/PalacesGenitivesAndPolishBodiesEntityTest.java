package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-ninth held-out set (h414-h419: Chennai's desalination plant, the Campi Flegrei's evacuation plan,
 * Northvolt's site in Skellefteå, Gdańsk's installation terminal, low water on the Rhine at Basel, Monterrey's
 * aqueduct) guided, each tried on other names: works "at" a place, a given name that is also a stop word, a body's
 * complement joined by "and", Nordic agencies and genitives, palaces, dams, a company's "Cargo", German plural heads,
 * Polish bodies' heads and neuter places in their cases.
 */
class PalacesGenitivesAndPolishBodiesEntityTest {

    @Test
    void shouldReadAPlaceWhenWorksStandAtIt() {
        List<Entity> found = entities("en", "Output at the smelter at Kwinana fell, and the refinery at Mongstad shut.");
        assertType(found, "Kwinana", EntityType.LOCATION);
        assertType(found, "Mongstad", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheWholeNameWhenAGivenNameIsAStopWordOrABodysComplementGoesOnWithAnd() {
        List<Entity> found = entities("it", "Lo ha detto il ministro Nello Rossi. L'Istituto superiore di sanità e prevenzione "
                + "(Issp) ha pubblicato i dati.");
        assertType(found, "Nello Rossi", EntityType.PERSON);
        assertType(found, "Istituto superiore di sanità e prevenzione", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Issp");
    }

    @Test
    void shouldNameTheBodyWithoutItsGenitiveWhenANordicNameEndsInS() {
        List<Entity> found = entities("sv", "Enligt Bostadsförmedlingen väntar många. I dag rullar Einrides lastbilar i "
                + "Jönköping. I går sa Wallenius att bolaget har beställt två fartyg.");
        assertType(found, "Bostadsförmedlingen", EntityType.ORGANIZATION);
        assertType(found, "Einride", EntityType.ORGANIZATION);
        assertType(found, "Wallenius", EntityType.ORGANIZATION); // a verb follows: the name itself
    }

    @Test
    void shouldReadPlacesWhenAPalaceOrADamIsNamed() {
        assertType(entities("it", "Il vertice si è tenuto a Palazzo Chigi."), "Palazzo Chigi", EntityType.LOCATION);
        assertType(entities("es", "El agua de la presa La Boca bajó."), "La Boca", EntityType.LOCATION);
    }

    @Test
    void shouldNameGermanBodiesWhenACargoArmOrAPluralHeadIsWritten() {
        List<Entity> found = entities("de", "DB Cargo kündigte neue Züge an. Das teilten die Niedersächsischen Häfen am Montag mit.");
        assertType(found, "DB Cargo", EntityType.ORGANIZATION);
        assertType(found, "Niedersächsische Häfen", EntityType.ORGANIZATION);
    }

    @Test
    void shouldGiveTheNominativeWhenPolishBodiesAndNeuterPlacesAreDeclined() {
        List<Entity> found = entities("pl", "Prezes Zarządu Portu Morskiego Szczecin Jarosław Siergiej ocenił plan. Według "
                + "Urzędu Transportu Kolejowego pociągi pojadą na Pomorzu i w Opolu.");
        assertType(found, "Zarząd Portu Morskiego Szczecin", EntityType.ORGANIZATION);
        assertType(found, "Urząd Transportu Kolejowego", EntityType.ORGANIZATION);
        assertType(found, "Pomorze", EntityType.LOCATION);
        assertType(found, "Opole", EntityType.LOCATION);
    }
}
