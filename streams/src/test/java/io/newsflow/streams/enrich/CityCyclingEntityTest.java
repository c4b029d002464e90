package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules the hundred-and-second held-out set (h672-h677: city cycling in Chicago, Lyon, Munich, Seville, Utrecht and
 * Melbourne) guided, each tried on other names: a local branch's acronym after its full name, a town's council by its
 * head word, the towns of a district and a place along a road.
 */
class CityCyclingEntityTest {

    @Test
    void shouldCountTheBranchWhenItsAcronymAloneFollowsItsFullName() {
        List<Entity> found = entities("de", "Der VCD Leipzig begrüßt den Plan. Der VCD fordert aber mehr Geld für Radwege.");
        assertThat(names(found)).contains("VCD Leipzig").doesNotContain("VCD");
    }

    @Test
    void shouldKeepTheNationalBodyWhenABranchIsNamedForANation() {
        List<Entity> found = entities("en", "NHS Scotland said waiting lists had grown. The NHS as a whole hired 4,000 nurses.");
        assertThat(names(found)).contains("NHS Scotland", "NHS");
    }

    @Test
    void shouldCountTheCouncilWhenItsHeadWordAloneFollowsItsFullName() {
        List<Entity> found = entities("es", "El Ayuntamiento y la Junta de Extremadura firman un convenio de 5 millones.",
                "El Ayuntamiento de Mérida y la Junta de Extremadura firmaron el lunes el convenio.");
        assertThat(names(found)).contains("Ayuntamiento de Mérida").doesNotContain("Ayuntamiento");
    }

    @Test
    void shouldReadAPlaceWhenADistrictsTownsOrARoadsHeightNameIt() {
        assertType(entities("es", "La red llegará a los municipios del Condado en 2028."), "Condado", EntityType.LOCATION);
        assertType(entities("es", "El carril cruzará la avenida a la altura de Nervión."), "Nervión", EntityType.LOCATION);
    }
}
