package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-fifth held-out set (h450-h455: Malmö's City Tunnel, bathing in Bilbao's ría, a tram in Graz,
 * Cardiff's Crossrail, Turin's second metro line, Łódź's rail tunnel) guided, each tried on other names: Nordic tunnels
 * with their article, English towns written in one word, Spanish "localidades de", and the Basque Country's and a
 * Polish given name the lists lacked.
 */
class TunnelsTownsAndLocalitiesEntityTest {

    @Test
    void shouldReadAPlaceWhenANordicTunnelIsNamedWithItsArticle() {
        List<Entity> sv = entities("sv", "Trafiken genom Söderledstunneln stoppades under natten efter en olycka.");
        assertType(sv, "Söderledstunneln", EntityType.LOCATION);
        List<Entity> no = entities("no", "Bilene står i kø foran Festningstunnelen hver morgen.");
        assertType(no, "Festningstunnelen", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenAnEnglishTownIsWrittenInOneWord() {
        List<Entity> found = entities("en", "The new bus route will reach Pottstown and Charlestown before the summer.");
        assertType(found, "Pottstown", EntityType.LOCATION);
        assertType(found, "Charlestown", EntityType.LOCATION);
    }

    @Test
    void shouldReadPlacesWhenSpanishLocalitiesAreNamed() {
        List<Entity> found = entities("es", "El plan llegará a otras localidades de Euskadi como Zumaia, según el consejero.");
        assertType(found, "Euskadi", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePersonWhenAPolishGivenNameOpensTheName() {
        List<Entity> found = entities("pl", "Rzecznik spółki Ignacy Nowicki powiedział, że prace potrwają rok.");
        assertType(found, "Ignacy Nowicki", EntityType.PERSON);
    }
}
