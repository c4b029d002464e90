package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-fourth held-out set (h504-h509: universities, hospitals and research in Dübendorf, Lublin,
 * Linköping, Groningen, Adelaide and Escúzar) guided, each tried on other names: institutions named by their seat in
 * Polish and Swedish, Dutch and German municipalities as bodies, a party's letter that is also a title's abbreviation,
 * German research institutes and "-standort" nouns, a sentence's opening preposition or adjective, a kind of railway,
 * and a declined Polish town in the title.
 */
class SeatsMunicipalitiesAndPartyLettersEntityTest {

    @Test
    void shouldKeepTheSeatWhenAnInstitutionIsNamedByIt() {
        assertType(entities("pl", "Wyrok wydał Sąd Okręgowy w Krakowie w poniedziałek."), "Sąd Okręgowy w Krakowie",
                EntityType.ORGANIZATION);
        assertType(entities("sv", "Målet avgjordes av Tingsrätten i Malmö förra veckan."), "Tingsrätten i Malmö", EntityType.ORGANIZATION);
        // a compound with a name of its own only stands in the town
        var named = entities("sv", "Personal lånas från Sahlgrenskasjukhuset i Göteborg.");
        assertThat(names(named)).doesNotContain("Sahlgrenskasjukhuset i Göteborg");
    }

    @Test
    void shouldReadTheBodyWhenAMunicipalityActs() {
        assertType(entities("nl", "Volgens de krant wil de gemeente Zwolle de kosten delen."), "gemeente Zwolle", EntityType.ORGANIZATION);
        assertType(entities("nl", "Het ongeluk gebeurde in de gemeente Zeist op dinsdag."), "Zeist", EntityType.LOCATION);
        assertType(entities("de", "Die Gemeinde Uster verlangt mehr Geld vom Kanton."), "Gemeinde Uster", EntityType.ORGANIZATION);
        assertType(entities("de", "Das Fest findet in der Gemeinde Uster statt."), "Uster", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePartyWhenItsLetterIsAlsoATitlesAbbreviation() {
        assertType(entities("sv", "Oppositionsrådet Karin Berg (M) vill sänka skatten."), "M", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheNameAfterAGermanInstitutesOrLocationsNoun() {
        assertType(entities("de", "Laut dem Wirtschaftsforschungsinstitut Wifo wächst die Wirtschaft."), "Wifo", EntityType.ORGANIZATION);
        assertType(entities("de", "Das stärkt den Forschungsstandort Österreich, sagte sie."), "Österreich", EntityType.LOCATION);
        assertThat(names(entities("de", "Pendler fordern eine bessere Anbindung an die S-Bahn."))).doesNotContain("S-Bahn");
    }

    @Test
    void shouldReadThePlaceWhenAPrepositionOrAPolishAdjectiveOpensTheSentence() {
        assertType(entities("en", "Across Brisbane, buses were cancelled on Monday."), "Brisbane", EntityType.LOCATION);
        assertType(entities("pl", "Była Kopalnia Wieliczka przyjmuje turystów."), "Kopalnia Wieliczka", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheTownWhenAPolishTitleDeclinesIt() {
        assertType(extractIn("Nowy tramwaj w Szczecinie", "pl", "Miasto kupi 20 wagonów."), "Szczecin", EntityType.LOCATION);
    }
}
