package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German place's genitive in "-s" ("Deutschlands", "Bayerns") names the place, alone, as an
 * English possessive does; and a given name that is also a demonym ("Christian") stays a given
 * name after a title.
 */
class GermanGenitivesTest {

    @Test
    void shouldGiveTheListedPlaceWhenAWordIsItsGenitive() {
        assertThat(GermanGenitives.place(Word.of("Deutschlands")).surface()).isEqualTo("Deutschland");
        assertThat(GermanGenitives.place(Word.of("Bayerns")).surface()).isEqualTo("Bayern");
    }

    @Test
    void shouldGiveNoPlaceWhenTheWordIsListedItselfOrNoGenitive() {
        assertThat(GermanGenitives.place(Word.of("Paris"))).isNull(); // a place whose own name ends in "s"
        assertThat(GermanGenitives.place(Word.of("Athens"))).isNull();
        assertThat(GermanGenitives.place(Word.of("Marks"))).isNull(); // no listed place "Mark"
        assertThat(GermanGenitives.place(Word.of("deutschlands"))).isNull(); // not capitalised
    }

    @Test
    void shouldReadThePlaceAloneWhenAGermanGenitiveStandsBeforeOrAfterANoun() {
        List<Entity> found = entities("de", "Deutschlands Wirtschaftsminister Robert Habeck sagte in Berlin, Frankreichs "
                + "Atomstrom helfe wenig. Die Staatsregierung Bayerns widersprach. Auch Hamburgs Hafen und Österreichs "
                + "Regierung in Wien äußerten sich.");
        assertThat(names(found)).contains("Deutschland", "Frankreich", "Bayern", "Hamburg", "Österreich", "Robert Habeck")
                .doesNotContain("Staatsregierung Bayern", "Österreichs Regierung", "Hafen");
        assertThat(entity(found, "Deutschland").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "Österreich").countryCode()).isEqualTo("AT");
    }

    @Test
    void shouldLeaveAWordInSWhenTheTextIsNotGerman() {
        // the rule is German's: an English text's "Wales" or "Athens" is read as written, and its
        // possessive keeps its own rule
        assertThat(names(entities("en", "Germany's economy minister travelled to Wales and then to Athens.")))
                .contains("Germany", "Wales", "Athens");
    }

    @Test
    void shouldKeepTheGivenNameWhenADemonymThatIsAlsoOneFollowsATitle() {
        List<Entity> found = entities("de", "Der bayerische Verkehrsminister Christian Bernreiter (CSU) sagte, der "
                + "Freistaat zahle nicht. Bayerns Verkehrsminister Christian Bernreiter widersprach.");
        assertThat(names(found)).contains("Christian Bernreiter", "Bayern").doesNotContain("Bernreiter");
        assertThat(entity(found, "Christian Bernreiter").type()).isEqualTo(EntityType.PERSON);
        // without a title the demonym still opens no name: "Christian Democrats" are no person
        assertThat(names(entities("en", "The Christian Democrats won the vote."))).doesNotContain("Christian Democrats");
    }
}
