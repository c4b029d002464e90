package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the forty-fourth held-out set (h324-h329: Ghana's gold, Lisbon's airport, the Swiss power
 * deal, Senegal's fishing licences, Venice's Mose, Montreal's port) guided, each tried on other names:
 * a listed town opened by a title word, places listed with another form of "of", a role compound's
 * body opening a sentence, an airport named after a person, Europe's lower-case adjective, consortia,
 * airports' and assemblies' words, Italian seas.
 */
class TitledTownsAndCompoundHeadsEntityTest {

    @Test
    void shouldReadTheTownWhenATitleWordOpensItsListedName() {
        List<Entity> found = entities("en", "Grain moved through Vancouver and Prince George this week. Prince George is busy.");
        assertType(found, "Prince George", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("George");
    }

    @Test
    void shouldReadBothPlacesWhenTheListRepeatsAnotherFormOfOf() {
        assertType(entities("it", "Le bocche di porto del Lido e di Pellestrina sono chiuse."), "Pellestrina", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenARoleCompoundOpensTheSentence() {
        assertType(entities("de", "Vattenfall-Chefin Anna Borg warnte vor höheren Preisen."), "Vattenfall",
                EntityType.ORGANIZATION);
        // an expert on a field or a region names no body
        assertThat(names(entities("de", "Energie-Experte Jan Weber sprach in Köln."))).doesNotContain("Energie");
    }

    @Test
    void shouldReadTheAirportWhenItIsNamedAfterAPerson() {
        assertType(entities("es", "Los vuelos salen del aeropuerto Adolfo Suárez desde el lunes."), "Adolfo Suárez",
                EntityType.ORGANIZATION);
        assertType(entities("pt", "A Assembleia da República aprovou o orçamento."), "Assembleia da República",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldCountEuropeWhenItsLowerCaseAdjectiveMentionsIt() {
        assertType(entities("de", "Der Zugang zum europäischen Markt ist offen."), "Europa", EntityType.LOCATION);
        assertType(entities("fr", "Le marché européen ralentit, selon Paul Martin."), "Europe", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyAndTheSeaWhenItalianNamesThem() {
        List<Entity> found = entities("it", "Secondo il Consorzio Bonifica Veneto, l'acqua del Tirreno è più calda.");
        assertType(found, "Consorzio Bonifica Veneto", EntityType.ORGANIZATION);
        assertType(found, "Tirreno", EntityType.LOCATION);
    }
}
