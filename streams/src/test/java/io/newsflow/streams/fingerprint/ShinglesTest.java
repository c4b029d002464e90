package io.newsflow.streams.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void shouldSplitOnNonLetterOrDigitWhenHashingWords() {
        long[] words = Shingles.wordHashes("port, port-strike 2019!");
        assertThat(words).hasSize(4);
        assertThat(words[0]).isEqualTo(words[1]);
        assertThat(Shingles.wordHashes("")).isEmpty();
    }

    @Test
    void shouldHashOrderedRunsWhenBuildingShingles() {
        long[] ab = Shingles.shingleHashes(Shingles.wordHashes("a b c"), 2);
        long[] ba = Shingles.shingleHashes(Shingles.wordHashes("b a c"), 2);
        assertThat(ab).hasSize(2);
        assertThat(ab[0]).isNotEqualTo(ba[0]);
        assertThat(Shingles.shingleHashes(Shingles.wordHashes("short"), 3)).hasSize(1);
    }
}
