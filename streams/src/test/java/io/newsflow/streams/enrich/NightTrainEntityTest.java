package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the night-train held-out set (h780-h785) found missing or wrong, each tried on other names: a Scottish given name
 * that a list holds as a town, German nouns joined by a hyphen read as brands, a route between two places read as one
 * place, and a rail operator whose English name a Romance or Dutch text split into a continent and a body.
 */
class NightTrainEntityTest {

    @Test
    void shouldReadAPersonWhenAScottishGivenNameIsAlsoATown() {
        List<Entity> found = entities("en", "Mairi MacDonald of the Crofting Federation said the ferry was late again.",
                "The council did not comment.");
        assertType(found, "Mairi MacDonald", EntityType.PERSON);
    }

    @Test
    void shouldNameNothingWhenGermanJoinsTwoNounsWithAHyphen() {
        List<Entity> found = entities("de", "Der Verkehrsverbund kauft 20 neue Doppelstock-Waggons und weitere Akku-Triebzüge.",
                "Die Bertelsmann-Stiftung lobt den Plan.");
        assertThat(names(found)).doesNotContain("Doppelstock-Waggons", "Akku-Triebzüge");
        assertType(found, "Bertelsmann-Stiftung", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadBothPlacesWhenAHyphenJoinsARoute() {
        List<Entity> found = entities("it", "Da giugno torna il treno notturno sulla Milano-Bari.", "I biglietti sono in vendita.");
        assertType(found, "Milano", EntityType.LOCATION);
        assertType(found, "Bari", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Milano-Bari");
        // a city and its district, as German writes them, stay one place
        List<Entity> german = entities("de", "Das Werk in München-Schwabing schließt.", "Die Belegschaft protestiert.");
        assertThat(names(german)).doesNotContain("Schwabing");
    }

    @Test
    void shouldReadTheRailOperatorWhenItsEnglishNameStandsInAnotherLanguage() {
        List<Entity> found = entities("es", "La empresa European Sleeper unirá Bruselas con Praga.", "El primer tren sale en marzo.");
        assertType(found, "European Sleeper", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Europe", "Sleeper");
    }
}
