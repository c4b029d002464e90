package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eightieth held-out set (h540-h545: Rosyth's frigate, Rheinmetall at Unterlüß, Ariane 6 at Kourou,
 * Fincantieri at Riva Trigoso, Saab Kockums' submarines, Navantia at Ferrol) guided, each tried on other names: a
 * design's kind before its number, a yard named for its place, a Scottish firth, the armed forces' Nordic agencies, a
 * nationality adjective after an elided article, a German municipality's place, Galician municipalities and freeports.
 */
class DefenceMakersAndShipyardsEntityTest {

    @Test
    void shouldNameNoBodyWhenADesignsKindStandsBeforeItsNumber() {
        assertThat(names(entities("en", "The Navy will retire its Type 23 frigates by 2035, officials said.")))
                .doesNotContain("Type");
        assertThat(names(entities("en", "The operator ordered ten Class 810 trains for the line.")))
                .doesNotContain("Class");
    }

    @Test
    void shouldReadThePlaceWhenAYardIsNamedForIt() {
        assertType(entities("it", "Le navi saranno costruite nel cantiere di Castellammare di Stabia entro il 2028."),
                "Castellammare di Stabia", EntityType.LOCATION);
        assertType(entities("es", "Los trabajadores del astillero de Puerto Real protestaron ayer."), "Puerto Real",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadThePlaceWhenAScottishFirthIsNamed() {
        assertType(entities("en", "The ferry crossed the Firth of Clyde in heavy seas."), "Firth of Clyde",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadTheAgencyWhenTheArmedForcesGenitiveNamesIt() {
        assertType(entities("sv", "Uppgifterna kommer från Försvarets radioanstalt, enligt tidningen."),
                "Försvarets radioanstalt", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheCountryWhenANationalityAdjectiveFollowsAnElidedArticle() {
        assertThat(names(entities("fr", "Le contrat a été remporté par l'italien Fincantieri en juin.")))
                .contains("Italie", "Fincantieri");
    }

    @Test
    void shouldReadThePlaceWhenAGermanMunicipalityIsWhereSomethingStands() {
        assertType(entities("de", "Das Lager entsteht in der Gemeinde Wedemark bei Hannover."), "Wedemark",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenAGalicianMunicipalityOrAFreeportActs() {
        assertType(entities("es", "El Concello de Vigo aprobó ayer el presupuesto."), "Concello de Vigo",
                EntityType.ORGANIZATION);
        assertType(entities("en", "The Solent Freeport said it had signed two tenants."), "Solent Freeport",
                EntityType.ORGANIZATION);
    }
}
