package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules the hundred-and-first held-out set (h666-h671: Christmas markets in Nürnberg, Birmingham, Trento, Madrid,
 * Gdańsk and Wien) guided, each tried on other names: portfolios listed with commas, a square named with its city, a
 * street's kind and "of" before its name, tourist boards, a square named in English, an event named by its holiday, a
 * town after a locative in a headline, a German set phrase after "zur", a German town's adjective, a club ("Verein")
 * and a market square, a town's guard with its seat in Polish, transport operators listed.
 */
class ChristmasMarketsEntityTest {

    @Test
    void shouldReadNoBodyWhenPortfoliosAreListedWithCommas() {
        assertThat(names(entities("es", "El consejero de Agricultura, Pesca y Alimentación, Julián Mendoza, visitó la lonja.")))
                .contains("Julián Mendoza").doesNotContain("Agricultura", "Pesca", "Alimentación");
    }

    @Test
    void shouldReadTheSquareAndItsCityWhenASquareIsNamedWithItsCity() {
        List<Entity> found = entities("es", "Los puestos de la Plaza Mayor de Valladolid abrieron el viernes.");
        assertType(found, "Plaza Mayor", EntityType.LOCATION);
        assertType(found, "Valladolid", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheStreetWhenItsKindAndOfStandBeforeItsName() {
        assertType(entities("es", "El desfile bajará por la calle de Alcalá hasta la plaza."), "calle de Alcalá",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadABodyWhenATouristBoardOrATownsAgencyIsNamed() {
        assertType(entities("es", "Según Turismo de Valencia, los hoteles están llenos."), "Turismo de Valencia",
                EntityType.ORGANIZATION);
        assertType(entities("it", "L'Azienda di soggiorno di Merano segnala molti ospiti."), "Azienda di soggiorno di Merano",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceAndNoEventWhenASquareAndAHolidaysMarketAreNamed() {
        List<Entity> found = entities("en", "The Christmas Market opened on Friday in Grosvenor Square and on Victoria Square.");
        assertType(found, "Victoria Square", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Market", "Christmas Market");
    }

    @Test
    void shouldReadTheTownWhenAHeadlineNamesItAfterALocative() {
        assertThat(names(extractIn("Mercatini di Natale, a Bressanone treni speciali e parcheggi pieni", "it",
                "Il Comune di Bressanone ha aggiunto bus navetta."))).contains("Bressanone");
    }

    @Test
    void shouldEndTheNameWhenAGermanSetPhraseFollowsZur() {
        assertThat(names(entities("de", "Der Strom kommt laut Salzburg AG zur Gänze aus Wasserkraft.")))
                .contains("Salzburg AG").noneMatch(n -> n.contains("Gänze"));
    }

    @Test
    void shouldReadTheTownWhenAGermanTownsAdjectiveDescribesAThing() {
        assertThat(names(entities("de", "Der Grazer Adventmarkt hat am Freitag eröffnet."))).contains("Graz");
        assertThat(names(entities("de", "Auch das Grazer Philharmonieorchester spielt im Haus."))).doesNotContain("Graz");
    }

    @Test
    void shouldReadABodyAndASquareWhenAGermanClubAndAMarketSquareAreNamed() {
        List<Entity> found = entities("de", "Der Verein Dresdner Striezelmarkt rechnet auf dem Altmarkt mit zwei Millionen Gästen.");
        assertType(found, "Verein Dresdner Striezelmarkt", EntityType.ORGANIZATION);
        assertType(found, "Altmarkt", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheGuardWithItsSeatWhenPolishNamesATownsGuard() {
        assertType(entities("pl", "Straż Miejska w Krakowie zapowiada wzmożone patrole."), "Straż Miejska w Krakowie",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAnOperatorWhenACitysTransportOperatorIsNamed() {
        assertType(entities("de", "Am Abend verstärken die Wiener Linien die U6 bis Mitternacht."), "Wiener Linien",
                EntityType.ORGANIZATION);
    }
}
