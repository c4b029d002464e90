package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The Micrometer side of the topology's metric hooks. */
class MicrometerPipelineMetricsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerPipelineMetrics metrics = new MicrometerPipelineMetrics(registry);

    @Test
    void shouldRecordLatencyAndCountWhenArticleIsEnriched() {
        metrics.articleEnriched(T0, T0.plusMillis(250));
        metrics.articleEnriched(T0, T0.plusMillis(750));

        Timer latency = registry.get(MicrometerPipelineMetrics.LATENCY).timer();
        assertThat(latency.count()).isEqualTo(2);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1000.0);
        assertThat(registry.get(MicrometerPipelineMetrics.ENRICHED).counter().count()).isEqualTo(2.0);
    }

    @Test
    void shouldRecordZeroLatencyWhenStreamsClockIsBehindProducerClock() {
        metrics.articleEnriched(T0, T0.minusSeconds(3));

        Timer latency = registry.get(MicrometerPipelineMetrics.LATENCY).timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void shouldCountDuplicatesWhenDuplicateIsDetected() {
        metrics.duplicateDetected();

        assertThat(registry.get(MicrometerPipelineMetrics.DUPLICATES).counter().count()).isEqualTo(1.0);
        assertThat(registry.get(MicrometerPipelineMetrics.ENRICHED).counter().count()).isZero();
    }

    @Test
    void shouldCountLateRecordsPerStageWhenAggregationLeavesThemOut() {
        metrics.lateRecord("stats-sources-1m");
        metrics.lateRecord("stats-sources-1m");
        metrics.lateRecord("stats-trends-1h");

        assertThat(registry.get(MicrometerPipelineMetrics.LATE).tag("stage", "stats-sources-1m").counter().count()).isEqualTo(2.0);
        assertThat(registry.get(MicrometerPipelineMetrics.LATE).tag("stage", "stats-trends-1h").counter().count()).isEqualTo(1.0);
    }
}
