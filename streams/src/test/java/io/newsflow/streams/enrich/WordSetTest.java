package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void shouldAnswerAsSetOfWhenAskedAboutManyWords() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("w" + i * 7);
        }
        WordSet set = WordSet.of(words.toArray(new String[0]));
        Set<String> reference = new HashSet<>(words);
        for (int i = 0; i < 5_000; i++) {
            String probe = "w" + i;
            assertThat(set.contains(probe)).as(probe).isEqualTo(reference.contains(probe));
        }
        assertThat(set).isEqualTo(reference).hasSize(500);
    }

    @Test
    void shouldFindWordsWhoseHashesCollideWhenBothAreListed() {
        // "Aa" and "BB" have the same String hash: the table must compare the words too
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(WordSet.of("Aa").contains("BB")).isFalse();
        WordSet both = WordSet.of("Aa", "BB");
        assertThat(both.contains("Aa")).isTrue();
        assertThat(both.contains("BB")).isTrue();
        assertThat(both.contains("AaBB")).isFalse();
    }

    @Test
    void shouldKeepTheGivenOrderWhenIterated() {
        assertThat(WordSet.of("said", "says", "told")).containsExactly("said", "says", "told");
    }

    @Test
    void shouldAnswerNoWhenAskedAboutNullOrNonStrings() {
        WordSet set = WordSet.of("in");
        assertThat(set.contains(null)).isFalse();
        assertThat(set.contains(42)).isFalse();
        assertThat(WordSet.of().contains("in")).isFalse();
    }

    @Test
    void shouldRejectDuplicatesAndNullsWhenBuilt() {
        assertThatThrownBy(() -> WordSet.of("in", "near", "in")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate word: in");
        assertThatThrownBy(() -> WordSet.of("in", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldRefuseChangesWhenModified() {
        WordSet set = WordSet.of("in");
        assertThatThrownBy(() -> set.add("near")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }
}
