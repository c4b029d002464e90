package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-second held-out set (h432-h437: Halifax's container terminal, Voestalpine's furnace in Linz, the
 * CERN's future collider, Viña del Mar's new homes, the Einstein Telescope in Sardinia, Tata Steel in IJmuiden) guided,
 * each tried on other names: a German body's pair closing a longer span, regional adjectives, formula compounds and
 * business locations in German, French upper and lower regions, Dutch places by their water, Spanish hills and
 * municipalities, Italian adjectives in "-are", and a body of another body named by its acronym.
 */
class RegionsWaterfrontsAndCouncilsEntityTest {

    @Test
    void shouldReadGermanBodiesAndPlacesWhenAPairClosesASpanOrAnAdjectiveNamesTheRegion() {
        List<Entity> found = entities("de", "Das Werk wird zum Teil von der Europäischen Entwicklungsbank finanziert. Ein Ofen "
                + "entsteht im steirischen Leoben. Die CO2-Steuer stärkt den Wirtschaftsstandort Kärnten.");
        assertType(found, "Europäische Entwicklungsbank", EntityType.ORGANIZATION);
        assertType(found, "Steiermark", EntityType.LOCATION);
        assertType(found, "Kärnten", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("CO2-Steuer", "Wirtschaftsstandort Kärnten");
    }

    @Test
    void shouldReadPlacesWhenFrenchOrDutchNamesThemByHeightOrWater() {
        assertType(entities("fr", "Le projet traverse la Haute-Marne et le Bas-Rhin."), "Haute-Marne", EntityType.LOCATION);
        assertType(entities("nl", "De uitstoot in Egmond aan Zee moet omlaag."), "Egmond aan Zee", EntityType.LOCATION);
    }

    @Test
    void shouldReadPlacesAndTheCouncilWhenSpanishNamesHillsAndAMunicipality() {
        List<Entity> found = entities("es", "La Municipalidad de Temuco entregó casas en los cerros de Placilla y Rodelillo.");
        assertType(found, "Municipalidad de Temuco", EntityType.ORGANIZATION);
        assertType(found, "Placilla", EntityType.LOCATION);
    }

    @Test
    void shouldNameTheWholeBodyWhenAnItalianComplementTakesAnAdjectiveInAre() {
        assertType(entities("it", "Lo studio dell'Istituto di fisica solare, che ha sede a Trieste, è pubblico."),
                "Istituto di fisica solare", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepBothBodiesWhenACouncilIsNamedAfterAnotherBodysAcronym() {
        List<Entity> found = entities("fr", "Le Conseil du CERN se réunit en juin. Le CERN a confirmé la date.");
        assertType(found, "Conseil du CERN", EntityType.ORGANIZATION);
        assertType(found, "CERN", EntityType.ORGANIZATION);
    }
}
