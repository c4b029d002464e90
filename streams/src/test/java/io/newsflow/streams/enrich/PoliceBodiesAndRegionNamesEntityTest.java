package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-second held-out set (h552-h557: Sydney's ram-raids, Buenos Aires' car thieves, Vienna's drug ring,
 * Bari's extortion arrests, Malmö's shooting, Lisbon's cash-machine raids) guided, each tried on other names: a region
 * named by a capitalised direction, police forces as bodies, Italian directorates and invariant adjectives, a city's
 * district after its kind, Nordic district courts, an administration as a portfolio, "Grande" before a city, and the
 * Netherlands' German dative.
 */
class PoliceBodiesAndRegionNamesEntityTest {

    @Test
    void shouldNameTheRegionWhenACapitalisedDirectionStandsBeforeAPlace() {
        assertType(entities("en", "Floods cut roads across Eastern Ontario on Monday."), "Eastern Ontario", EntityType.LOCATION);
        assertThat(names(entities("en", "Prices rose in southern Germany, officials said."))).contains("Germany");
    }

    @Test
    void shouldReadTheBodyWhenAPoliceForceIsNamed() {
        assertType(entities("it", "Ieri la Polizia di Stato ha arrestato due uomini a Catania."), "Polizia di Stato",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepTheDirectorateWholeWhenAnInvariantAdjectiveClosesIt() {
        assertType(entities("it", "Le indagini sono state condotte dalla Direzione investigativa antimafia, che ha sequestrato i beni."),
                "Direzione investigativa antimafia", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePlaceWhenADistrictsKindStandsBeforeIt() {
        assertType(entities("it", "Gli arresti sono avvenuti nel quartiere Librino all'alba."), "Librino", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheCourtWhenANordicDistrictCourtFollowsItsTown() {
        assertType(entities("sv", "Rättegången hålls i Solna tingsrätt i januari."), "Solna tingsrätt", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameNoBodyWhenAnAdministrationIsTheMinistersPortfolio() {
        assertThat(names(entities("pt", "O ministro da Administração Interna, João Silva, visitou o quartel.")))
                .contains("João Silva").doesNotContain("Administração Interna");
    }

    @Test
    void shouldReadTheCityAndItsSuburbsWhenGrandeOpensTheName() {
        assertType(entities("pt", "O trânsito parou no Grande Porto durante a manhã."), "Grande Porto", EntityType.LOCATION);
    }

    @Test
    void shouldNameTheNetherlandsWhenGermanWritesItsDative() {
        assertThat(names(entities("de", "Die Ware kam aus den Niederlanden nach Bremen."))).contains("Niederlande");
    }
}
