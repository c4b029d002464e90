package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-ninth held-out set (h474-h479: Cork's dairy co-operative, Strasbourg's Christmas market, FC Porto's
 * land deal, Poznań's trade fair, Odense's new hospital, Cartagena's boats to Barú) guided, each tried on other names: a
 * brand, French streets and squares with their kind in lower case, a city's government named generically, Romance
 * companies, navies and professional orders, Polish streets and soft-stem genitives, Nordic title compounds, a Spanish
 * month as a surname, and a Nordic party's one letter in brackets.
 */
class StreetsPartiesAndMonthSurnamesEntityTest {

    @Test
    void shouldReadNoEntityWhenANameIsABrand() {
        assertThat(names(entities("en", "The cheese is sold under the Dubliner brand in forty countries."))).doesNotContain("Dubliner");
    }

    @Test
    void shouldReadTheStreetWithItsKindWhenAFrenchStreetIsNamed() {
        List<Entity> found = entities("fr", "Les manifestants se sont réunis place Bellecour avant de remonter la rue Mercière.");
        assertType(found, "place Bellecour", EntityType.LOCATION);
        assertType(found, "rue Mercière", EntityType.LOCATION);
        assertThat(names(entities("en", "The vote took place Tuesday in the council chamber."))).doesNotContain("place Tuesday");
    }

    @Test
    void shouldReadNoBodyWhenTheCityIsNamedGenerically() {
        assertThat(names(entities("fr", "La Ville ferme deux écoles. La Mairie a prévenu les parents."))).doesNotContain("Ville", "Mairie");
    }

    @Test
    void shouldReadBodiesWhenACompanyNavyOrOrderIsNamed() {
        assertType(entities("fr", "Selon lui, la Compagnie nationale du Rhône investira 40 millions."), "Compagnie nationale du Rhône",
                EntityType.ORGANIZATION);
        assertType(entities("es", "La Armada de Chile rescató a los pescadores."), "Armada de Chile", EntityType.ORGANIZATION);
        assertType(entities("pt", "A Ordem dos Médicos pediu mais vagas."), "Ordem dos Médicos", EntityType.ORGANIZATION);
        assertType(entities("pt", "Segundo o sindicato, o Metro de Lisboa vai contratar maquinistas."), "Metro de Lisboa",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadPolishStreetsAndSoftStemTownsInTheNominative() {
        List<Entity> found = entities("pl", "Nowy biurowiec stanie przy ulicy Piotrkowskiej. Prezydent Torunia zapowiedział przetarg.");
        assertType(found, "Piotrkowska", EntityType.LOCATION);
        assertType(found, "Toruń", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePersonWhenANordicTitleCompoundOpensTheSentence() {
        List<Entity> found = entities("da", "Kommunaldirektør Hanne Lund siger, at budgettet holder. Viceborgmester Jens Holm er enig.");
        assertType(found, "Hanne Lund", EntityType.PERSON);
        assertType(found, "Jens Holm", EntityType.PERSON);
    }

    @Test
    void shouldKeepTheSurnameWhenASpanishMonthFollowsTwoGivenNames() {
        List<Entity> found = entities("es", "La ministra, Ana María Abril, firmó el decreto el 3 de julio.");
        assertType(found, "Ana María Abril", EntityType.PERSON);
        assertThat(names(entities("en", "Senator Elizabeth Warren Monday said the bill would pass."))).contains("Elizabeth Warren");
    }

    @Test
    void shouldReadTheNordicPartyWhenItsOneLetterFollowsAPerson() {
        List<Entity> found = entities("sv", "Kommunalrådet Anna Lind (C) vill bygga fler bostäder i Växjö.");
        assertType(found, "C", EntityType.ORGANIZATION);
        assertThat(names(entities("sv", "Bolaget Ørsted A/S har sålt parken."))).doesNotContain("A", "S");
    }
}
