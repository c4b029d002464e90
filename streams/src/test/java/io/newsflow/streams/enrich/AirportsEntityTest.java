package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the airports held-out set (h726-h731) found missing or wrong, each tried on other names: Latin America's
 * one-word Spanish names, a body that a German description names by a people's word, and Łódź in the instrumental.
 */
class AirportsEntityTest {

    @Test
    void shouldReadLatinAmericasRegionsWhenSpanishWritesThemAsOneWord() {
        List<Entity> found = entities("es", "La aerolínea abrirá rutas a Sudamérica y Centroamérica el próximo año.",
                "Los vuelos saldrán de Bogotá.");
        assertType(found, "Sudamérica", EntityType.LOCATION);
        assertType(found, "Centroamérica", EntityType.LOCATION);
    }

    @Test
    void shouldNameTheBodyWhenAGermanDescriptionPrecedesAPeoplesWord() {
        List<Entity> found = entities("de", "Die Fluggesellschaft Austrian streicht im Winter zwanzig Verbindungen ab Wien.",
                "Die Gewerkschaft kritisiert den Schritt.");
        assertType(found, "Austrian", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Österreich", "Austria");
    }

    @Test
    void shouldReadLodzWhenPolishDeclinesItInTheInstrumental() {
        List<Entity> found = entities("pl", "Nowa linia kolejowa połączy Kalisz z Łodzią do 2030 roku.", "Prace ruszą wiosną.");
        assertType(found, "Łódź", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Łodzią");
    }
}
