package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A German city's adjective and a body's noun name one organisation ("Münchner Verkehrsgesellschaft"). */
class CityBodiesTest {

    @Test
    void shouldReadAPlaceAdjectiveWhenItsBaseIsAListedPlaceOrTown() {
        assertThat(CityBodies.placeAdjective(Word.of("Berliner"))).isTrue();
        assertThat(CityBodies.placeAdjective(Word.of("Münchner"))).isTrue(); // München
        assertThat(CityBodies.placeAdjective(Word.of("Bremer"))).isTrue(); // Bremen
        assertThat(CityBodies.placeAdjective(Word.of("Kölner"))).isTrue();
        // no place under the "-er": a common noun, a lower-case word, capitals
        assertThat(CityBodies.placeAdjective(Word.of("Lehrer"))).isFalse();
        assertThat(CityBodies.placeAdjective(Word.of("berliner"))).isFalse();
        assertThat(CityBodies.placeAdjective(Word.of("BERLINER"))).isFalse();
    }

    @Test
    void shouldNameOneOrganisationWhenACityAdjectivePrecedesABodysNoun() {
        List<Entity> found = entities("de", "Die Münchner Verkehrsgesellschaft erhöht die Preise. Auch die Berliner "
                + "Verkehrsbetriebe und die Hamburger Hochbahn planen Änderungen, berichtet die Frankfurter Rundschau. "
                + "Der Bremer Senat schwieg.");
        assertThat(names(found)).contains("Münchner Verkehrsgesellschaft", "Berliner Verkehrsbetriebe",
                "Hamburger Hochbahn", "Frankfurter Rundschau", "Bremer Senat")
                .doesNotContain("Münchner", "Verkehrsgesellschaft", "Hochbahn");
        assertThat(entity(found, "Berliner Verkehrsbetriebe").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameNoBodyWhenTheNounIsNoBodyOrTheArticleIsIndefinite() {
        List<Entity> found = entities("de", "Die Berliner Mauer fiel 1989. Er las eine Berliner Zeitung und "
                + "trank in einer Kölner Brauerei.");
        assertThat(names(found)).doesNotContain("Berliner Mauer", "Berliner Zeitung", "Kölner Brauerei");
    }

    @Test
    void shouldLeaveThePairAloneWhenTheTextIsNotGerman() {
        // English capitalises names only: "Berliner Verkehrsbetriebe" is found as a name there anyway
        assertThat(names(entities("en", "Officials at Berliner Verkehrsbetriebe said fares would rise.")))
                .contains("Berliner Verkehrsbetriebe");
    }
}
