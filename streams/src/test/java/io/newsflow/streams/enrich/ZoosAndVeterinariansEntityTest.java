package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-ninth held-out set (h594-h599: Taronga's platypuses, Zürich's snow leopards, Beauval's pandas,
 * Genoa's dolphins, Temaikèn's jaguar, Wrocław's elephants) guided, each tried on other names: zoos and aquariums as
 * institutions, veterinarians' titles, seas and mountains in more languages, continents in Polish cases.
 */
class ZoosAndVeterinariansEntityTest {

    @Test
    void shouldReadAnInstitutionWhenAZooOrAnAquariumIsNamed() {
        assertType(entities("it", "I delfini sono arrivati al Bioparco di Roma ieri."), "Bioparco di Roma", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePersonWhenAVeterinarianIsNamed() {
        assertType(entities("fr", "« Il va bien », assure la vétérinaire Li Wen."), "Li Wen", EntityType.PERSON);
    }

    @Test
    void shouldReadAPlaceWhenAMountainRangeIsNamedInGerman() {
        assertType(entities("de", "Die Tiere kommen aus dem Himalaya."), "Himalaya", EntityType.LOCATION);
    }

    @Test
    void shouldNameTheContinentWhenPolishWritesItInACase() {
        assertThat(names(entities("pl", "Pracował długo w Ameryce i w Azji."))).containsExactlyInAnyOrder("Ameryka", "Azja");
    }
}
