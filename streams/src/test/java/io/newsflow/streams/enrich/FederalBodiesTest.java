package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** German federal bodies in one compound ("Bundesnetzagentur"), in the nominative and the genitive. */
class FederalBodiesTest {

    @Test
    void shouldNameABodyWhenBundesOpensAnInstitutionsHeadNoun() {
        assertThat(FederalBodies.is("bundesnetzagentur")).isTrue();
        assertThat(FederalBodies.is("bundesverkehrsministerium")).isTrue();
        assertThat(FederalBodies.is("bundesregierung")).isTrue();
        // a kind of place, a title, an election: no body
        assertThat(FederalBodies.is("bundesland")).isFalse();
        assertThat(FederalBodies.is("bundesminister")).isFalse();
        assertThat(FederalBodies.is("bundestagswahl")).isFalse();
    }

    @Test
    void shouldGiveTheNominativeWhenTheWordIsABodysGenitive() {
        assertThat(FederalBodies.nominative(Word.of("Bundesamts")).surface()).isEqualTo("Bundesamt");
        assertThat(FederalBodies.nominative(Word.of("Bundestages")).surface()).isEqualTo("Bundestag");
        assertThat(FederalBodies.nominative(Word.of("Bundesverkehrsministeriums")).surface())
                .isEqualTo("Bundesverkehrsministerium");
        assertThat(FederalBodies.nominative(Word.of("Bundesamt"))).isNull(); // already the nominative
        assertThat(FederalBodies.nominative(Word.of("Bundeslandes"))).isNull();
    }

    @Test
    void shouldTypeFederalBodiesAsOrganisationsWhenAGermanTextNamesThem() {
        List<Entity> found = entities("de", "Die Bundesregierung will das Gesetz ändern. Ein Sprecher des "
                + "Bundesverkehrsministeriums sagte, die Bundesnetzagentur prüfe die Pläne. Die Bundesländer und "
                + "Bundeskanzler Friedrich Merz schwiegen. Ein Sprecher des Bundestages sagte nichts.");
        assertThat(names(found)).contains("Bundesregierung", "Bundesverkehrsministerium", "Bundesnetzagentur",
                "Bundestag", "Friedrich Merz").doesNotContain("Bundesverkehrsministeriums", "Bundesländer", "Bundeskanzler");
        assertThat(entity(found, "Bundesnetzagentur").type()).isEqualTo(EntityType.ORGANIZATION);
        // a minister's portfolio after "der" stays no body
        assertThat(names(entities("de", "Der Minister der Finanzen Lars Klingbeil sprach."))).containsExactly("Lars Klingbeil");
    }

    @Test
    void shouldLeaveTheWordAloneWhenTheTextIsNotGerman() {
        assertThat(names(entities("en", "Officials at the Bundesbank said rates would stay."))).contains("Bundesbank");
        assertThat(names(entities("nl", "De Bundesregierung in Berlijn zweeg."))).contains("Bundesregierung");
    }
}
