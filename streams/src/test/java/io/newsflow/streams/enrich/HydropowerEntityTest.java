package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the hydropower held-out set (h750-h755) found missing or wrong, each tried on other names: Scottish and Irish
 * lakes named after "Loch" and "Lough", and power utilities the lists lacked, named alone at a sentence's start.
 */
class HydropowerEntityTest {

    @Test
    void shouldReadALakeWhenLochOrLoughOpensItsName() {
        List<Entity> found = entities("en", "Anglers on the shores of Loch Lomond and Lough Neagh reported low water.",
                "The agency is monitoring the levels.");
        assertType(found, "Loch Lomond", EntityType.LOCATION);
        assertType(found, "Lough Neagh", EntityType.LOCATION);
    }

    @Test
    void shouldReadPowerUtilitiesWhenTheyOpenASentence() {
        assertType(entities("es", "Endesa cerrará la central en 2028.", "Los sindicatos protestan."), "Endesa",
                EntityType.ORGANIZATION);
        assertType(entities("de", "Axpo baut das Kraftwerk aus.", "Die Gemeinde ist einverstanden."), "Axpo",
                EntityType.ORGANIZATION);
    }
}
