package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-sixth held-out set (h516-h521: courts and trials in Chicago, Genoa, Innsbruck, Mexico City,
 * Brussels and Katowice) guided, each tried on other names: bridges in the Romance languages and Dutch, towns after
 * "St.", Polish mines, Italy's highest court, French bodies' plural adjectives and given names the lists lacked.
 */
class BridgesSaintsAndCourtsEntityTest {

    @Test
    void shouldReadAPlaceWhenABridgeIsNamed() {
        assertType(entities("it", "Il traffico sul Ponte Vecchio resta chiuso fino a domenica."), "Ponte Vecchio", EntityType.LOCATION);
        assertType(entities("fr", "La circulation sur le Pont Neuf reprendra lundi."), "Pont Neuf", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenATownIsNamedAfterASaint() {
        assertType(entities("de", "Die Lawine ging oberhalb von St. Moritz ab, sagte die Polizei."), "St. Moritz", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenAPolishMineIsNamed() {
        assertType(entities("pl", "Do wypadku doszło w kopalni Budryk w poniedziałek."), "Budryk", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheCourtWhenAnItalianAppealGoesToIt() {
        assertType(entities("it", "La difesa presenterà ricorso in Cassazione entro febbraio."), "Cassazione", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepAPluralAdjectiveWhenItClosesAFrenchBodysName() {
        assertType(entities("fr", "Elle a rejoint la Fédération des droits humains en 2019."), "Fédération des droits humains",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePersonWhenAGivenNameIsAlsoAPlace() {
        assertType(entities("es", "La directora Florencia Ruiz presentó el informe."), "Florencia Ruiz", EntityType.PERSON);
        assertType(entities("it", "Il museo è stato progettato da Renzo Rossi nel 1990."), "Renzo Rossi", EntityType.PERSON);
    }
}
