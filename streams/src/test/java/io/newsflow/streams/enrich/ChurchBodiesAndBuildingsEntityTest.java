package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-third held-out set (h558-h563: the Church of England's synod, Rouen's cathedral, Limburg's
 * churches, Italy's bishops' soup kitchens, Guadalupe's pilgrims, Jasna Góra) guided, each tried on other names:
 * clergy's titles, churches' bodies and buildings, German bodies going on with "für die", a lone article before a
 * body's name, a mayor's town named after a person, a body of a listed city, Mexico's states and Polish accusatives.
 */
class ChurchBodiesAndBuildingsEntityTest {

    @Test
    void shouldReadThePersonWhenAClergyTitleStandsBeforeTheName() {
        assertType(entities("fr", "Selon Mgr Pascal Wintzer, le diocèse manque de prêtres."), "Pascal Wintzer", EntityType.PERSON);
        assertType(entities("it", "Lo ha detto il vescovo Matteo Zuppi ai giornalisti."), "Matteo Zuppi", EntityType.PERSON);
    }

    @Test
    void shouldReadTheBodyWhenABishopsConferenceGoesOnInLowerCase() {
        assertType(entities("es", "La Conferencia episcopal española aprobó el plan el martes."), "Conferencia episcopal española",
                EntityType.ORGANIZATION);
        assertType(entities("en", "The General Assembly of the Church of Scotland met in Edinburgh."),
                "General Assembly of the Church of Scotland", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenAChurchIsNamedInOneCompound() {
        assertType(entities("de", "Die Marienkirche in Lübeck wird ab Mai saniert."), "Marienkirche", EntityType.LOCATION);
        assertType(entities("en", "Crowds gathered outside Salisbury Cathedral on Sunday."), "Salisbury Cathedral",
                EntityType.LOCATION);
        assertThat(SiteNames.church("landeskirche")).isFalse();
    }

    @Test
    void shouldKeepTheGermanBodyWholeWhenItGoesOnWithFürDie() {
        assertType(entities("de", "Das teilte das Landesamt für Umwelt Brandenburg am Montag mit."),
                "Landesamt für Umwelt Brandenburg", EntityType.ORGANIZATION);
        assertType(entities("de", "Er ist Sprecher der Deutschen Bischofskonferenz in Bonn."), "Deutsche Bischofskonferenz",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldPartThePlaceFromTheBodyWhenAnArticleStandsBetween() {
        assertThat(names(entities("it", "A Torino la Fondazione Agnelli ha aperto una nuova sede.")))
                .contains("Torino", "Fondazione Agnelli");
    }

    @Test
    void shouldReadTheTownWhenAMayorsTownIsNamedAfterAPerson() {
        assertType(entities("es", "La alcaldesa de Benito Juárez, María López, inauguró el parque."), "Benito Juárez",
                EntityType.LOCATION);
    }

    @Test
    void shouldKeepTheBodyWholeWhenItBelongsToAListedCity() {
        assertType(entities("es", "El Gobierno de la Ciudad de México cerró tres calles el lunes."), "Gobierno de la Ciudad de México",
                EntityType.ORGANIZATION);
        assertThat(names(entities("pt", "A Federação das Indústrias do Estado de São Paulo criticou a decisão.")))
                .contains("Federação das Indústrias do Estado de São Paulo");
    }

    @Test
    void shouldReadThePlaceWhenPolishWritesItInTheAccusative() {
        assertThat(names(entities("pl", "Pielgrzymi idą na Jasną Górę od wtorku."))).contains("Jasna Góra");
        assertThat(names(entities("es", "Llegaron desde Puebla y el Estado de México."))).contains("Puebla", "Estado de México");
    }
}
