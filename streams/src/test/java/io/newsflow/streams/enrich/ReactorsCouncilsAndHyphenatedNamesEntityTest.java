package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-first held-out set (h426-h431: Paiporta's bridges, Venice's flood barriers, Novo Nordisk in
 * Kalundborg, Wrocław's flood banks, trains between Mons and Liège, Koeberg's reactor) guided, each tried on other
 * names: hyphenated given names, a minister's level before the portfolio, works named by an apposition, a body's noun
 * before a place's adjective as its short name, a council's town, Polish soft-stem genitives, rivers and regions.
 */
class ReactorsCouncilsAndHyphenatedNamesEntityTest {

    @Test
    void shouldReadThePersonAndNoPortfolioWhenAFederalMinistersHyphenatedNameFollows() {
        List<Entity> found = entities("fr", "Le ministre fédéral de l'Emploi, Pierre-Yves Dermagne, a demandé un rapport.");
        assertType(found, "Pierre-Yves Dermagne", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Emploi");
    }

    @Test
    void shouldReadAPlaceWhenAReactorOrAPowerStationIsNamed() {
        List<Entity> found = entities("en", "The reactor at Borssele restarted. The plan to close Tihange, Belgium's oldest "
                + "nuclear power station, was delayed.");
        assertType(found, "Borssele", EntityType.LOCATION);
        assertType(found, "Tihange", EntityType.LOCATION);
    }

    @Test
    void shouldCountTheShortNameWhenABodysNounStandsWithoutItsPlacesAdjective() {
        List<Entity> found = entities("it", "La Regione ha stanziato fondi. La Regione Siciliana ha confermato.");
        assertType(found, "Regione Siciliana", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Regione");
    }

    @Test
    void shouldReadThePlaceWhenATownNamesItsCouncil() {
        assertType(entities("es", "Algemesí ha pedido más ayudas. El Ayuntamiento de Algemesí calcula los daños."), "Algemesí",
                EntityType.LOCATION);
    }

    @Test
    void shouldGiveTheNominativeWhenPolishTownsRiversAndRegionsAreDeclined() {
        List<Entity> found = entities("pl", "– To dobry plan – powiedział prezydent Radomia Radosław Witkowski. Wały powstaną "
                + "wzdłuż Warty i na Górnym Śląsku.");
        assertType(found, "Radom", EntityType.LOCATION);
        assertType(found, "Warta", EntityType.LOCATION);
        assertType(found, "Górny Śląsk", EntityType.LOCATION);
    }
}
