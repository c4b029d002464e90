package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-third held-out set (h378-h383: the North West Shelf, Mexico's interurban train, Bavaria's
 * hydrogen stations, Naples' metro, Tata Steel's green plant, Gdańsk's LNG terminal) guided, each tried on other
 * names: a transit line's word before its number, stations after the lower-case word for a station, the Polish word
 * for a company before its name, a two-word party in brackets.
 */
class LinesStationsAndPolishCompaniesEntityTest {

    @Test
    void shouldReadNoBodyWhenATransitLinesWordPrecedesItsNumber() {
        assertThat(names(entities("es", "La estación conectará con la Línea 3 del Metro de Monterrey."))).doesNotContain("Línea");
    }

    @Test
    void shouldReadAPlaceWhenTheWordForAStationPrecedesItsName() {
        assertType(entities("es", "Los trenes llegarán a la estación Buenavista en enero."), "Buenavista", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheCompanyWhenThePolishWordForACompanyPrecedesIt() {
        List<Entity> found = entities("pl", "Spółka Energa-Operator ogłosiła przetarg na nowe linie w Gdańsku.");
        assertType(found, "Energa-Operator", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Spółka Energa-Operator");
    }

    @Test
    void shouldReadThePartyWhenTwoWordsInBracketsFollowAPoliticiansName() {
        assertType(entities("es", "El diputado Gabriel Rufián (Esquerra Republicana) votó en contra."), "Esquerra Republicana",
                EntityType.ORGANIZATION);
    }
}
