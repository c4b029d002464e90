package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-sixth held-out set (h456-h461: Galway's berth, the Kiel Canal's lock, Charleroi's airport,
 * Guadalajara's light rail, Utrecht's station, the Santos-Guarujá tunnel) guided, each tried on other names: a town's
 * main station, a region's government named with its lower-case adjective, a system's operator in Spanish, Irish
 * state bodies named with the Irish article, and a title's short name for a company the text names with its legal form.
 */
class MainStationsAndRegionalBodiesEntityTest {

    @Test
    void shouldReadAPlaceWhenATownsMainStationIsNamed() {
        List<Entity> nl = entities("nl", "De trein naar Amsterdam Centraal had een uur vertraging.");
        assertType(nl, "Amsterdam Centraal", EntityType.LOCATION);
        List<Entity> it = entities("it", "I treni per Milano Centrale sono stati cancellati.");
        assertType(it, "Milano Centrale", EntityType.LOCATION);
    }

    @Test
    void shouldReadABodyWhenARegionsGovernmentIsNamedWithItsAdjective() {
        List<Entity> found = entities("fr", "Selon le ministre, la Région flamande financera la moitié des travaux.");
        assertType(found, "Région flamande", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadABodyWhenASpanishSystemsOperatorIsNamed() {
        List<Entity> found = entities("es", "Según el director, el Sistema de Transporte Colectivo comprará nuevos trenes.");
        assertType(found, "Sistema de Transporte Colectivo", EntityType.ORGANIZATION);
    }

    @Test
    void shouldCountTheTitlesShortNameAsTheCompanyWhenTheTextNamesItWithItsLegalForm() {
        List<Entity> found = extractIn("Ryanair adds routes from Shannon", "en",
                "Ryanair DAC said on Monday it would base two more aircraft at the airport from April.");
        assertThat(names(found)).contains("Ryanair DAC").doesNotContain("Ryanair");
    }

    @Test
    void shouldReadNoBodyWhenAMinistersPortfolioIsABodysFirstWord() {
        // "transports" opens bodies named in lower case ("Transports publics genevois"), never a minister's portfolio
        List<Entity> found = entities("fr", "Le ministre des Transports du Québec, Jean Dupuis, visitera Laval lundi.");
        assertThat(names(found)).doesNotContain("Transports du Québec").contains("Jean Dupuis");
        assertType(entities("fr", "Selon lui, les Transports publics genevois achèteront des bus."), "Transports publics genevois",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePersonAndThePlaceWhenCatalanNamesAreUsed() {
        List<Entity> found = entities("es", "El portavoz Vicent Soler visitó el barrio de Ciutat Vella con los vecinos.");
        assertType(found, "Vicent Soler", EntityType.PERSON);
        assertType(found, "Ciutat Vella", EntityType.LOCATION);
    }

    @Test
    void shouldKeepTheIrishArticleWhenAStateBodyIsNamedWithIt() {
        List<Entity> found = entities("en", "An Post will close 30 branches next year, the company said.");
        assertType(found, "An Post", EntityType.ORGANIZATION);
    }
}
