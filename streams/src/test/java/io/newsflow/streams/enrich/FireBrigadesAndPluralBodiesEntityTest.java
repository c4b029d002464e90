package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-first held-out set (h606-h611: a brush fire at Castaic, the Serra da Estrela fire, Berlin's fire
 * brigade, Viña del Mar's wildfire, the Montiferru fire, the Biebrza fire) guided, each tried on other names: fire
 * brigades as bodies, bodies named after a listed place in more words, short names clipped from the full one, titles
 * before an adjective, state offices, city districts, a region's government alone, corps, Polish plurals and guards.
 */
class FireBrigadesAndPluralBodiesEntityTest {

    @Test
    void shouldReadABodyWhenAFireBrigadeIsNamed() {
        assertType(entities("es", "Los Bomberos Voluntarios de Puerto Varas apagaron el fuego durante la noche."),
                "Bomberos Voluntarios de Puerto Varas", EntityType.ORGANIZATION);
        assertType(entities("it", "Sul posto sono intervenuti i Vigili del Fuoco con tre squadre e un elicottero."),
                "Vigili del Fuoco", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameTheWholeBodyWhenTwoWordsAndAnOrganisationWordFollowAListedPlace() {
        assertThat(names(entities("en", "The San Francisco Public Utilities Commission approved the new rates on Tuesday.")))
                .containsExactly("San Francisco Public Utilities Commission");
    }

    @Test
    void shouldMeanTheFullNameWhenAShortNameInBracketsClipsItsWords() {
        assertThat(names(entities("en", "The Oregon Department of Forestry (Oregon Forestry) closed two trails on Monday.")))
                .containsExactly("Oregon Department of Forestry");
    }

    @Test
    void shouldJoinTheBodyWhenSpanishWritesAnteInItsName() {
        assertThat(names(entities("es", "La Comisión Nacional de Prevención ante Emergencias pidió calma a los vecinos del barrio.")))
                .containsExactly("Comisión Nacional de Prevención ante Emergencias");
    }

    @Test
    void shouldReadAPersonWhenAnAdjectiveStandsBetweenTheTitleAndTheName() {
        assertType(entities("es", "Ayer la alcaldesa electa Marisol Quintanilla visitó el hospital de la ciudad."),
                "Marisol Quintanilla", EntityType.PERSON);
    }

    @Test
    void shouldReadTheBodyWhenAGermanStateOfficeIsNamed() {
        assertThat(names(entities("de", "Die Senatsverwaltung für Bildung und Jugend prüft den Antrag noch bis Ende März.")))
                .contains("Senatsverwaltung für Bildung und Jugend");
    }

    @Test
    void shouldReadPlacesWhenACitysDistrictsAreNamed() {
        assertThat(names(entities("de", "In Neukölln und Pankow fehlen nach Angaben der Bezirke mehr als 400 Kitaplätze.")))
                .contains("Neukölln", "Pankow");
    }

    @Test
    void shouldNameNoBodyWhenARegionsGovernmentIsNamedAlone() {
        assertThat(names(entities("it", "Il presidente della Regione ha firmato ieri il decreto sulle scuole."))).isEmpty();
    }

    @Test
    void shouldNameTheWholeCorpsWhenItsNameGoesOnInLowerCase() {
        assertType(entities("it", "Le indagini sono affidate al Corpo forestale e di vigilanza ambientale, che ha sequestrato l'area."),
                "Corpo forestale e di vigilanza ambientale", EntityType.ORGANIZATION);
    }

    @Test
    void shouldGiveTheNominativeWhenPolishNamesAGuardOrAPluralBody() {
        assertThat(names(entities("pl", "W sobotę funkcjonariusze Straży Granicznej zatrzymali na granicy dwóch mężczyzn z Bydgoszczy.")))
                .contains("Straż Graniczna", "Bydgoszcz");
        assertThat(names(entities("pl", "Od poniedziałku protestują pracownicy Zakładów Azotowych, którzy domagają się podwyżek.")))
                .contains("Zakłady Azotowe");
    }

    @Test
    void shouldReadAPlaceWhenASardinianSaintOpensItsName() {
        assertType(entities("it", "La festa si svolge ogni anno a Santu Teodoro di Gallura in agosto."), "Santu Teodoro di Gallura",
                EntityType.LOCATION);
    }
}
