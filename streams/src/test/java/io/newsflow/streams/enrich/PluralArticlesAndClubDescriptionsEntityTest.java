package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-first held-out set (h366-h371: a Leeds hospitals trust, a Dutch water board, BBVA's bid,
 * Hertha's finances, an SNCF strike, LOT's order) guided, each tried on other names: Spanish plural articles inside
 * a body's name, German descriptions of clubs and investors, stadiums named in one compound, compounds opened by a
 * number, a name closed by its own acronym, an adjective opening a Polish name, the Dutch state, programmes.
 */
class PluralArticlesAndClubDescriptionsEntityTest {

    @Test
    void shouldKeepTheBodyWholeWhenSpanishPluralArticlesJoinItsName() {
        assertType(entities("es", "La Federación Nacional de los Productores y la Industria pidió ayudas."),
                "Federación Nacional de los Productores y la Industria", EntityType.ORGANIZATION);
        // a government's word opens no body: the country after it is a place
        assertType(entities("es", "El Gobierno de los Países Bajos respondió ayer."), "Países Bajos", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheClubWhenAGermanDescriptionPrecedesIt() {
        List<Entity> found = entities("de", "Der Bundesligist Eintracht Frankfurt spielt gegen den Lokalrivalen Kickers Offenbach.");
        assertType(found, "Eintracht Frankfurt", EntityType.ORGANIZATION);
        assertType(found, "Kickers Offenbach", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAVenueWhenAGermanStadiumIsNamedInOneCompound() {
        assertType(entities("de", "Das Spiel findet im Weserstadion statt."), "Weserstadion", EntityType.LOCATION);
    }

    @Test
    void shouldReadNoBodyWhenANumberOpensAGermanCompound() {
        assertThat(names(entities("de", "Das 49-Euro-Ticket wird teurer, sagte der Verband in Köln."))).contains("Köln")
                .noneMatch(n -> n.contains("Euro-Ticket"));
    }

    @Test
    void shouldResolveTheAcronymWhenTheNameClosesWithIt() {
        List<Entity> found = entities("pl", "Polskie Koleje Państwowe PKP ogłosiły przetarg. PKP chcą kupić 40 pociągów.");
        assertThat(entity(found, "Polskie Koleje Państwowe PKP").mentions()).isEqualTo(2);
    }

    @Test
    void shouldReadNoStateAndNoProgrammeWhenTheDutchTextNamesThem() {
        assertThat(names(entities("nl", "Het geld komt uit het Deltaprogramma van het Rijk, zei de gemeente Tiel.")))
                .doesNotContain("Rijk", "Deltaprogramma");
    }

    @Test
    void shouldReadAPersonWhenACatalanGivenNameOpensTheName() {
        assertType(entities("es", "La obra llegará tarde, explicó ayer Oriol Vila en Girona."), "Oriol Vila", EntityType.PERSON);
    }
}
