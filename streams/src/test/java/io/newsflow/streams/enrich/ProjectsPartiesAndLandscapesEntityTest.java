package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixtieth held-out set (h420-h425: Phoenix and the Colorado River, Churchill Falls, a Bavarian maternity
 * ward, Antwerp's Scheldt tunnel, Lisbon's new airport, Sizewell C) guided, each tried on other names: projects as
 * undertakings, French parties named by a lower-case adjective, headlands, short given names, a Dutch role compound
 * after an opening preposition, "richting", Dutch links, German free voters and landscapes.
 */
class ProjectsPartiesAndLandscapesEntityTest {

    @Test
    void shouldReadBodiesAndPlacesWhenAProjectOrAHeadlandIsNamed() {
        List<Entity> found = entities("en", "The Salt Lake Project said costs rose. Workers at Tiwai Point were told on Monday. "
                + "The plan was led by Ed Davey.");
        assertType(found, "Salt Lake Project", EntityType.ORGANIZATION);
        assertType(found, "Tiwai Point", EntityType.LOCATION);
        assertType(found, "Ed Davey", EntityType.PERSON);
    }

    @Test
    void shouldNameThePartyWhenFrenchWritesItWithALowerCaseAdjective() {
        List<Entity> found = entities("fr", "Le Parti socialiste et le Parti communiste ont voté contre. Le Comité national existe depuis 1990.");
        assertType(found, "Parti communiste", EntityType.ORGANIZATION);
        assertType(found, "Comité national", EntityType.ORGANIZATION); // "existe" is a verb, no adjective
    }

    @Test
    void shouldReadTheBodyThePersonAndThePlacesWhenDutchOpensWithVolgens() {
        List<Entity> found = entities("nl", "Volgens NS-topman Wouter Koolmees liep het mis. De files richting Kallo en Beveren "
                + "groeien. De Liefkenshoekverbinding blijft dicht.");
        assertType(found, "Wouter Koolmees", EntityType.PERSON);
        assertType(found, "NS", EntityType.ORGANIZATION);
        assertType(found, "Kallo", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Liefkenshoekverbinding"); // a link, as lines are
    }

    @Test
    void shouldReadGermanFreeVotersAndLandscapesWhenNamed() {
        List<Entity> found = entities("de", "Die Freien Wähler stimmten dagegen. Der Wind in der Kieler Bucht drehte.");
        assertType(found, "Freie Wähler", EntityType.ORGANIZATION);
        assertType(found, "Kieler Bucht", EntityType.LOCATION);
    }
}
