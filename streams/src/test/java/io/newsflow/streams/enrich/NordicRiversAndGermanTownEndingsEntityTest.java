package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-third held-out set (h438-h443: Tauranga's wharf, Recife's metro, Kraków's clean-transport zone,
 * Gävle's waterworks, Medellín's cable car, Bern's tram) guided, each tried on other names: Swedish "vid" and Danish and
 * Norwegian "ved" before a place, "i hela"/"i hele" (the whole of a place), and a German town's ending after a
 * locative as the evidence a German noun needs.
 */
class NordicRiversAndGermanTownEndingsEntityTest {

    @Test
    void shouldReadAPlaceWhenANordicAtStandsBeforeIt() {
        List<Entity> sv = entities("sv", "Bolaget bygger en ny kraftstation vid Indalsälven nästa år.");
        assertType(sv, "Indalsälven", EntityType.LOCATION);
        List<Entity> da = entities("da", "Kommunen bygger et nyt renseanlæg ved Gudenåen i foråret.");
        assertType(da, "Gudenåen", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenTheWholeOfItFollowsANordicIn() {
        List<Entity> found = entities("sv", "Torkan märks nu i hela Jämtland, säger länsstyrelsen.");
        assertType(found, "Jämtland", EntityType.LOCATION);
    }

    @Test
    void shouldReadAGermanTownWhenItsEndingFollowsALocative() {
        List<Entity> found = entities("de", "Die Pendler fahren jeden Morgen nach Sigmaringen und abends zurück nach Pfullendorf.");
        assertType(found, "Sigmaringen", EntityType.LOCATION);
        assertType(found, "Pfullendorf", EntityType.LOCATION);
    }

    @Test
    void shouldReadNoPlaceWhenAGermanCommonNounEndsInStadt() {
        List<Entity> found = entities("de", "Die Demonstranten zogen in Bundeshauptstadt und Landeshauptstadt vor die Ministerien.");
        assertThat(names(found)).doesNotContain("Bundeshauptstadt", "Landeshauptstadt");
    }
}
