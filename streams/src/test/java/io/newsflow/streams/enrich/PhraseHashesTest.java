package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseHashesTest {

    @Test
    void shouldGiveTheJoinedStringsHashWhenJoiningWordHashes() {
        for (String[] words : List.of(new String[] {"new", "york"}, new String[] {"rio", "grande", "do", "sul"},
                new String[] {"l'union", "européenne"}, new String[] {"zürich", "ąę", "x"},
                new String[] {"a", "very-long-second-word-of-the-name"})) {
            int hash = words[0].hashCode();
            for (int k = 1; k < words.length; k++) {
                hash = PhraseHashes.join(hash, words[k].hashCode(), words[k].length());
            }
            assertThat(hash).as(String.join(" ", words)).isEqualTo(String.join(" ", words).hashCode());
        }
    }

    @Test
    void shouldHoldEveryNameOfSeveralWordsWhenBuiltFromThem() {
        List<String> names = List.of("european central bank", "new york", "north sea", "rio grande do sul");
        PhraseHashes filter = new PhraseHashes(names);
        for (String name : names) {
            assertThat(filter.mayContain(name.hashCode())).as(name).isTrue();
        }
    }

    @Test
    void shouldRuleOutMostOtherRunsWhenTheyAreNotListed() {
        PhraseHashes filter = new PhraseHashes(List.of("european central bank", "new york", "single"));
        int ruledOut = 0;
        for (int i = 0; i < 1_000; i++) {
            ruledOut += filter.mayContain(("run " + i).hashCode()) ? 0 : 1;
        }
        assertThat(ruledOut).isGreaterThan(990); // a one-word name sets no bit: only names with a space are phrases
        assertThat(filter.mayContain("single".hashCode())).isFalse();
    }

    @Test
    void shouldKeepEveryListedPhraseWhenTheGazetteerBuildsItsFilter() {
        Gazetteer gazetteer = Gazetteer.get();
        for (String name : List.of("new york", "european central bank", "north sea", "rio grande do sul")) {
            assertThat(gazetteer.listed(name)).as(name).isNotZero();
            assertThat(gazetteer.mayListPhrase(name.hashCode())).as(name).isTrue();
        }
    }
}
