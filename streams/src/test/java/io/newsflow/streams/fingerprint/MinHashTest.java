package io.newsflow.streams.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void shouldEstimateJaccardWhenSetsOverlapPartly() {
        byte[] a = MinHash.sketch(Shingles.wordHashes(words(0, 1000)));
        byte[] b = MinHash.sketch(Shingles.wordHashes(words(500, 1500)));
        // shingle sets share about 498 of 1500: Jaccard about 0.33
        assertThat(MinHash.similarity(a, b)).isBetween(0.18, 0.50);
        assertThat(MinHash.similarity(a, a)).isEqualTo(1.0);
        assertThat(MinHash.similarity(a, MinHash.sketch(Shingles.wordHashes(words(5000, 6000))))).isLessThan(0.1);
    }

    @Test
    void shouldHaveFixedSizeAndZeroSimilarityWhenTextIsEmpty() {
        byte[] empty = MinHash.sketch(new long[0]);
        assertThat(empty).hasSize(MinHash.SKETCH_BYTES);
        assertThat(MinHash.similarity(empty, empty)).isZero();
    }

    @Test
    void shouldRejectSketchWhenWrongLength() {
        assertThatThrownBy(() -> MinHash.similarity(new byte[3], new byte[MinHash.SKETCH_BYTES]))
                .hasMessageContaining("first").hasMessageContaining("3");
    }
}
