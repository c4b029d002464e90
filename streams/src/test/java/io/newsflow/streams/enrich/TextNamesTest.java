package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names of several words the text gave, found again at a title's word. */
class TextNamesTest {

    private final List<Entity> entities = new ArrayList<>(List.of(
            new Entity("Kenya Airways", EntityType.ORGANIZATION, 1, null),
            new Entity("North Sea", EntityType.LOCATION, 1, null),
            new Entity("Nairobi", EntityType.LOCATION, 1, "KE")));

    private int lengthAt(String title, int i) {
        return new TextNames(entities).lengthAt(Tokenizer.tokenize(title), i);
    }

    @Test
    void shouldGiveTheNameLengthWhenATitleWordOpensANameTheTextGave() {
        assertThat(lengthAt("Kenya Airways returns to profit", 0)).isEqualTo(2);
        assertThat(lengthAt("KENYA AIRWAYS RETURNS TO PROFIT", 0)).isEqualTo(2);
    }

    @Test
    void shouldGiveZeroWhenNoNameOfSeveralWordsStartsThere() {
        assertThat(lengthAt("Kenya Airways returns to profit", 1)).isZero();
        assertThat(lengthAt("Kenya Power raises tariffs", 0)).isZero();
        assertThat(lengthAt("Nairobi Traffic Eases", 0)).isZero();
    }

    @Test
    void shouldGiveZeroWhenTheNameIsListed() {
        // a listed name is counted as a mention by ImpliedMentions, not skipped
        assertThat(lengthAt("North Sea ferries resume", 0)).isZero();
    }

    @Test
    void shouldHashTheLowerCaseFirstWordAsItsStringWhenAsciiOrNot() {
        for (String name : List.of("Kenya Airways", "ÖBB Holding", "İstanbul Airport", "NORTH Sea", "a", "Émile Zola")) {
            int space = Math.max(name.indexOf(' '), 1);
            assertThat(TextNames.lowerHash(name, space))
                    .isEqualTo(name.substring(0, space).toLowerCase(java.util.Locale.ROOT).hashCode());
        }
    }

    @Test
    void shouldFindTheNameWhenItsFirstWordIsNotAscii() {
        entities.add(new Entity("Österreichische Lotterien", EntityType.ORGANIZATION, 1, null));
        assertThat(lengthAt("Österreichische Lotterien cuts jobs", 0)).isEqualTo(2);
    }
}
