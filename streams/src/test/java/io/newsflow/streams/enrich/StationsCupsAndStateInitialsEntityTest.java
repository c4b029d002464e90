package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the forty-sixth held-out set (h336-h341: NJ Transit's engineers, Morocco's trains, YPF,
 * Schiphol, Austria's inflation, Sindh's schools) guided, each tried on other names: two-word states'
 * dotted initials in a wire dateline, stations as places, a cup's title, unions named a brotherhood,
 * Dutch role compounds.
 */
class StationsCupsAndStateInitialsEntityTest {

    @Test
    void shouldReadTheStateWhenAWireDatelineGivesItsDottedInitials() {
        List<Entity> found = entities("en", "RALEIGH, N.C. (AP) — Lawmakers passed the budget on Monday.");
        assertType(found, "North Carolina", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("N.C.");
    }

    @Test
    void shouldReadAPlaceWhenAStationNamesIt() {
        assertType(entities("en", "Trains into Waverley Station were delayed by an hour."), "Waverley Station", EntityType.LOCATION);
        assertType(entities("fr", "Les trains au départ de la Gare du Nord sont annulés."), "Gare du Nord", EntityType.LOCATION);
    }

    @Test
    void shouldReadNoBodyWhenACupsTitleGoesOnInLowerCase() {
        assertThat(names(entities("es", "El estadio acogerá partidos de la Copa del mundo de 2030 en Sevilla.")))
                .contains("Sevilla").doesNotContain("Copa");
    }

    @Test
    void shouldKeepTheUnionWholeWhenItIsNamedABrotherhood() {
        assertType(entities("en", "The International Brotherhood of Electrical Workers and Linemen voted on Friday."),
                "International Brotherhood of Electrical Workers and Linemen", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheBodyWhenADutchRoleCompoundNamesIt() {
        List<Entity> found = entities("nl", "NS-directeur Wouter Koolmees waarschuwt voor vertragingen in Utrecht.");
        assertType(found, "NS", EntityType.ORGANIZATION);
        assertType(found, "Wouter Koolmees", EntityType.PERSON);
    }
}
