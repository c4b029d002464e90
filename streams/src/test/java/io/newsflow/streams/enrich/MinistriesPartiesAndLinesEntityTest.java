package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the forty-seventh held-out set (h342-h347: Rosario's wheat, Lyon's tram, Nairobi's
 * expressway, a Bremen shipyard, Mirafiori, Rotterdam's shore power) guided, each tried on other
 * names: ministries named with two portfolios, a minister's second portfolio, a party in brackets,
 * transit lines' codes, a city with its suburbs, saints' towns, German descriptions of a division,
 * the state as such, and where people come from.
 */
class MinistriesPartiesAndLinesEntityTest {

    @Test
    void shouldKeepTheMinistryWholeWhenItsNameJoinsTwoPortfolios() {
        assertType(entities("it", "Il progetto è stato approvato dal Ministero delle Infrastrutture e dei Trasporti ieri."),
                "Ministero delle Infrastrutture e dei Trasporti", EntityType.ORGANIZATION);
        assertType(entities("nl", "Het Ministerie van Onderwijs en Wetenschap betaalt de helft."),
                "Ministerie van Onderwijs en Wetenschap", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoPlaceWhenAMinistersSecondPortfolioFollowsTheName() {
        List<Entity> found = entities("nl", "Minister Eelco Heinen van Financiën en Economie noemde het voorstel redelijk.");
        assertType(found, "Eelco Heinen", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Economie", "Financiën");
    }

    @Test
    void shouldReadThePartyWhenItStandsInBracketsAfterAPoliticiansName() {
        assertType(entities("de", "Die Abgeordnete Anna Schuster (Grüne) lehnte den Antrag ab."), "Grüne", EntityType.ORGANIZATION);
        assertType(entities("it", "Il senatore Marco Rinaldi (Lega) ha votato contro."), "Lega", EntityType.ORGANIZATION);
        assertType(entities("de", "Der Abgeordnete Max Huber (Hamburg) sprach zuerst."), "Hamburg", EntityType.LOCATION);
    }

    @Test
    void shouldReadNoBodyWhenATransitLinesCodeIsNamed() {
        assertThat(names(entities("fr", "La ligne T3 du tramway de Bordeaux sera prolongée jusqu'à Mérignac.")))
                .contains("Bordeaux").doesNotContain("T3");
    }

    @Test
    void shouldReadAPlaceWhenACityIsNamedWithItsSuburbs() {
        assertType(entities("es", "Las fábricas del Gran Mendoza cerraron el lunes."), "Gran Mendoza", EntityType.LOCATION);
    }

    @Test
    void shouldReadTwoTownsWhenASaintsTownIsListedWithAnother() {
        List<Entity> found = entities("es", "Los camiones llegaron a las plantas de San Nicolás y Ramallo por la tarde.");
        assertThat(names(found)).contains("Ramallo").noneMatch(n -> n.startsWith("Nicolás"));
    }

    @Test
    void shouldReadTheBodyWhenAGermanDivisionDescribesIt() {
        assertType(entities("de", "Der Verkauf der Autosparte Nordic Mobility Systems an Bosch ist beschlossen."),
                "Nordic Mobility Systems", EntityType.ORGANIZATION);
        assertType(entities("de", "Die Hamburger Mediengruppe Weltblick plant einen Umbau."), "Weltblick", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoEntityWhenTheStateIsMeantAsSuch() {
        assertThat(names(entities("fr", "Le chantier sera financé par la région et l'État, selon le préfet de Bretagne.")))
                .contains("Bretagne").doesNotContain("État");
    }

    @Test
    void shouldReadAPlaceWhenSomeoneComesFromIt() {
        assertType(entities("en", "Joseph Otieno, a farmer from Kakamega, said the rains came late."), "Kakamega", EntityType.LOCATION);
        assertType(entities("nl", "De schepen liggen op de Waalhaven en wachten."), "Waalhaven", EntityType.LOCATION);
    }

    @Test
    void shouldReadARoadWhenItIsAnExpressway() {
        assertType(entities("en", "Traffic on the Lagos Expressway moved slowly on Monday."), "Lagos Expressway", EntityType.LOCATION);
    }

    @Test
    void shouldReadABodyWhenAFrenchMetropolisGovernsIt() {
        assertType(entities("fr", "Les élus de la Métropole de Rennes ont voté le budget."), "Métropole de Rennes",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheProvinceWhenASpanishAdjectiveNamesIt() {
        assertType(entities("es", "El gobierno mendocino pidió fondos para las bodegas."), "Mendoza", EntityType.LOCATION);
    }
}
