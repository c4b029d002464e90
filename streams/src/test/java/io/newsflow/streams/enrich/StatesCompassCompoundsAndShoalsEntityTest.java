package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-sixth held-out set (h396-h401: Nova Scotia's offshore wind, the Strait of Messina bridge,
 * Intel in Magdeburg, the Canary Islands' protests, Toulouse's third metro line, the Accra-Kumasi railway) guided,
 * each tried on other names: a German state after its word, compass parts glued to a place, a shoal named a bank,
 * a government named as the executive, islands.
 */
class StatesCompassCompoundsAndShoalsEntityTest {

    @Test
    void shouldReadThePlaceWhenTheGermanWordForAStatePrecedesIt() {
        List<Entity> found = entities("de", "Das Land Brandenburg will die Fläche anderen Firmen anbieten.");
        assertType(found, "Brandenburg", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Land Brandenburg");
    }

    @Test
    void shouldReadAPlaceWhenACompassPartIsGluedToAListedPlace() {
        List<Entity> found = entities("de", "Die Werke in Norditalien und in Westafrika bleiben offen.");
        assertType(found, "Norditalien", EntityType.LOCATION);
        assertType(found, "Westafrika", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenAnIslandsBankNamesAShoal() {
        assertType(entities("en", "Trawlers fish on the Brown Island Bank every spring."), "Brown Island Bank", EntityType.LOCATION);
    }

    @Test
    void shouldReadNoBodyWhenTheExecutiveStandsForAGovernment() {
        assertThat(names(entities("es", "El Ejecutivo regional estudia una ecotasa para los parques."))).doesNotContain("Ejecutivo");
    }

    @Test
    void shouldReadPlacesWhenIslandsAreListed() {
        List<Entity> found = entities("es", "Los vuelos a Fuerteventura y La Gomera se retrasaron.");
        assertType(found, "Fuerteventura", EntityType.LOCATION);
        assertType(found, "La Gomera", EntityType.LOCATION);
    }
}
