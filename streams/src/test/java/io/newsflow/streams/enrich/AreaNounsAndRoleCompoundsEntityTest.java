package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-second held-out set (h372-h377: Vancouver's port, Bordeaux's vines, Thyssenkrupp in Duisburg,
 * Genoa's breakwater, València a year after the floods, Volvo Cars' job cuts) guided, each tried on other names:
 * German area nouns before a place, role compounds whose body has two words, the bare German word for a company,
 * the people who work a place's land or sea, a city's centre, ravines.
 */
class AreaNounsAndRoleCompoundsEntityTest {

    @Test
    void shouldReadThePlaceWhenAGermanAreaNounPrecedesIt() {
        List<Entity> found = entities("de", "Die Mieten im Raum Stuttgart steigen weiter, sagte der Verband.");
        assertType(found, "Stuttgart", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Raum Stuttgart");
    }

    @Test
    void shouldReadTheWholeBodyWhenARoleCompoundNamesItWithHyphens() {
        List<Entity> found = entities("de", "Der Deutsche-Bahn-Chef Richard Lutz sprach in Berlin.");
        assertType(found, "Deutsche Bahn", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Deutsche");
    }

    @Test
    void shouldReadNoBodyWhenTheBareGermanWordForACompanyPrecedesANoun() {
        assertThat(names(entities("de", "Das Land hat dem Unternehmen Kredite in Höhe von 50 Millionen Euro zugesagt.")))
                .doesNotContain("Kredite");
    }

    @Test
    void shouldReadAPlaceWhenItsFarmersOrFishersAreNamed() {
        assertType(entities("fr", "Les pêcheurs de Douarnenez ont manifesté lundi."), "Douarnenez", EntityType.LOCATION);
        assertType(entities("es", "Los agricultores de Almería temen la sequía."), "Almería", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenACitysCentreOrARavineIsNamed() {
        assertType(entities("es", "La marcha recorrió el centro de Alzira el domingo."), "Alzira", EntityType.LOCATION);
        assertType(entities("es", "Las obras del barranco del Carraixet empezarán en marzo."), "Carraixet", EntityType.LOCATION);
    }
}
