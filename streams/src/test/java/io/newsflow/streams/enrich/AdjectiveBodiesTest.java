package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A German body named by an adjective and a head noun ("Statistisches Bundesamt"), in the nominative. */
class AdjectiveBodiesTest {

    @Test
    void shouldFindTheAdjectivesStemWhenItEndsInIschOrDeutsch() {
        assertThat(AdjectiveBodies.adjectiveStem(Word.of("Statistischen"))).isEqualTo("Statistisch");
        assertThat(AdjectiveBodies.adjectiveStem(Word.of("Deutscher"))).isEqualTo("Deutsch");
        assertThat(AdjectiveBodies.adjectiveStem(Word.of("Norddeutsche"))).isEqualTo("Norddeutsch");
        assertThat(AdjectiveBodies.adjectiveStem(Word.of("Physikalisch-Technische"))).isEqualTo("Physikalisch-Technisch");
        // lower case (an adjective inside a sentence), no such ending, capitals
        assertThat(AdjectiveBodies.adjectiveStem(Word.of("statistischen"))).isNull();
        assertThat(AdjectiveBodies.adjectiveStem(Word.of("Berliner"))).isNull();
        assertThat(AdjectiveBodies.adjectiveStem(Word.of("DEUTSCHE"))).isNull();
    }

    @Test
    void shouldNameTheBodyInTheStrongNominativeWhenTheTextDeclinesIt() {
        List<Entity> found = entities("de", "Nach Angaben des Statistischen Bundesamts stieg die Zahl. Der Deutsche "
                + "Städtetag fordert mehr Geld. Laut dem Deutschen Wetterdienst wird es kalt. Der Bayerische Rundfunk "
                + "berichtete über die Europäischen Zentralbank.");
        assertThat(names(found)).contains("Statistisches Bundesamt", "Deutscher Städtetag", "Deutscher Wetterdienst",
                "Bayerischer Rundfunk", "Europäische Zentralbank")
                .doesNotContain("Bundesamt", "Statistischen Bundesamts", "Deutsche Städtetag", "Städtetag");
        assertThat(entity(found, "Deutscher Städtetag").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldCountTheHeadNounAloneAsTheBodyWhenTheArticleShortensItsName() {
        List<Entity> found = entities("de", "Die Deutsche Bahn streicht Züge. Der Minister forderte die Bahn auf, "
                + "mehr zu tun. Das Ministerium stehe mit der Bahn und der Bayerischen Eisenbahngesellschaft in Kontakt.");
        assertThat(names(found)).contains("Deutsche Bahn", "Bayerische Eisenbahngesellschaft").doesNotContain("Bahn");
        assertThat(entity(found, "Deutsche Bahn").mentions()).isEqualTo(3);
    }

    @Test
    void shouldNameNoBodyWhenTheAdjectiveOpensTheSentenceOrTheNounIsNoBody() {
        assertThat(names(entities("de", "Deutsche Unternehmen klagen über hohe Preise. Am Europäischen Tag der "
                + "Sprachen lesen viele."))).doesNotContain("Deutsche Unternehmen", "Europäischer Tag");
    }
}
