package io.newsflow.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupConfigTest {

    @Test
    void shouldUseDefaultsWhenKeysAreAbsent() {
        DedupConfig c = DedupConfig.fromMap(Map.of());
        assertThat(c).isEqualTo(DedupConfig.defaults());
        assertThat(c.maxHammingDistance()).isEqualTo(3);
        assertThat(c.horizon()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void shouldParseValuesWhenKeysArePresent() {
        DedupConfig c = DedupConfig.fromMap(Map.of(DedupConfig.MAX_HAMMING_DISTANCE, "4", DedupConfig.HORIZON, "P7D",
                DedupConfig.MIN_SIMILARITY, "0.4", DedupConfig.STRONG_SIMILARITY, "1.5"));
        assertThat(c).isEqualTo(new DedupConfig(4, Duration.ofDays(7), 0.4, 1.5));
        assertThat(c.withinHorizon(0, Duration.ofDays(7).toMillis())).isTrue();
        assertThat(c.withinHorizon(Duration.ofDays(7).toMillis() + 1, 0)).isFalse();
    }

    @Test
    void shouldNameKeyAndValueWhenConfigIsBad() {
        assertThatThrownBy(() -> DedupConfig.fromMap(Map.of(DedupConfig.HORIZON, "30 days")))
                .hasMessageContaining(DedupConfig.HORIZON).hasMessageContaining("30 days");
        assertThatThrownBy(() -> DedupConfig.fromMap(Map.of(DedupConfig.MAX_HAMMING_DISTANCE, "9")))
                .hasMessageContaining(DedupConfig.MAX_HAMMING_DISTANCE).hasMessageContaining("9");
        assertThatThrownBy(() -> DedupConfig.fromMap(Map.of(DedupConfig.MIN_SIMILARITY, "1.2")))
                .hasMessageContaining(DedupConfig.MIN_SIMILARITY).hasMessageContaining("1.2");
        assertThatThrownBy(() -> new DedupConfig(3, Duration.ZERO, 0.3, 0.5)).hasMessageContaining(DedupConfig.HORIZON);
        assertThatThrownBy(() -> new DedupConfig(3, Duration.ofDays(1), 0.5, 0.3)).hasMessageContaining(DedupConfig.STRONG_SIMILARITY);
    }
}
