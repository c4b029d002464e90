package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-fourth held-out set (h624-h629: the New York Philharmonic's contract, the Orchestre de Paris'
 * season, the Berliner Philharmoniker's chief conductor, the Filarmonica della Scala's tour, the Orquesta Nacional's
 * premieres, the Concertgebouworkest's new chief) guided, each tried on other names: orchestras and theatres as
 * institutions, concert halls as places, Italian "alla" inside a body's name, Dutch squares, given names.
 */
class OrchestrasAndConcertHallsEntityTest {

    @Test
    void shouldReadAnInstitutionWhenAnOrchestraOrATheatreIsNamed() {
        assertType(entities("en", "The Cleveland Orchestra will tour Asia next spring, its board said."), "Cleveland Orchestra",
                EntityType.ORGANIZATION);
        assertType(entities("it", "Il Teatro alla Scala ha presentato ieri la nuova stagione lirica."), "Teatro alla Scala",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenAConcertHallIsNamedAfterAPerson() {
        assertType(entities("en", "The quartet played to a full house at Benaroya Hall in Seattle on Friday."), "Benaroya Hall",
                EntityType.LOCATION);
        assertType(entities("en", "The gala moved to the Walt Disney Concert Hall this year."), "Walt Disney Concert Hall",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenADutchSquareIsNamed() {
        assertType(entities("nl", "Duizenden mensen verzamelden zich zaterdag op het Leidseplein om te protesteren."), "Leidseplein",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadAPersonWhenTheListsNowHoldTheGivenName() {
        assertThat(names(entities("fr", "« Le public est revenu », explique Olivier Durand, qui dirige la salle depuis 2019.")))
                .contains("Olivier Durand");
        assertType(entities("de", "Das Konzert leitet am Freitag der Dirigent Kirill Karabits in der Alten Oper."), "Kirill Karabits",
                EntityType.PERSON);
    }
}
