package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the shared-scooter held-out set (h774-h779) found missing or wrong, each tried on other names: a person "di" a
 * listed body's regional chapter ("Marta Conti di Legambiente Toscana"), and scooter operators named in pairs, which
 * German read as two common nouns joined by "und".
 */
class MicromobilityEntityTest {

    @Test
    void shouldPartThePersonFromABodysChapterWhenDiJoinsThem() {
        List<Entity> found = entities("it", "Secondo Marta Conti di Legambiente Toscana, la pista è pericolosa.",
                "Il Comune risponde.");
        assertType(found, "Marta Conti", EntityType.PERSON);
        assertType(found, "Legambiente Toscana", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadScooterOperatorsWhenGermanJoinsThemWithUnd() {
        List<Entity> found = entities("de", "Auch die Anbieter Voi und Dott ziehen ihre Roller ab.", "Die Stadt bedauert das.");
        assertType(found, "Voi", EntityType.ORGANIZATION);
        assertType(found, "Dott", EntityType.ORGANIZATION);
    }
}
