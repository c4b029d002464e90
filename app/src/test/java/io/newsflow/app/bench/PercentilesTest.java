package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void shouldUseNearestRankWhenSummarising() {
        List<Double> ms = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            ms.add((double) i);
        }
        BenchResult.Latency l = Percentiles.summarise(ms, 10, 9.5);
        assertThat(l.p50Ms()).isEqualTo(50);
        assertThat(l.p99Ms()).isEqualTo(99);
        assertThat(l.maxMs()).isEqualTo(100);
        assertThat(l.samples()).isEqualTo(100);
        assertThat(l.percentilesMs()).hasSize(21).startsWith(1.0).endsWith(100.0);
    }
}
