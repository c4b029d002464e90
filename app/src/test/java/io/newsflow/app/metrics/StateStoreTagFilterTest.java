package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** Kafka Streams' per-store-type tag keys become one label set, so Prometheus keeps every store's metrics. */
class StateStoreTagFilterTest {

    @Test
    void shouldKeepMetricsOfEveryStoreTypeWhenTagKeysDiffer() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new StateStoreTagFilter());
        Gauge.builder("kafka.stream.state.restore.latency.max", () -> 1.0)
            .tags(Tags.of("rocksdb.state.id", "enrich-document-frequencies", "task.id", "0_0")).register(registry);
        Gauge.builder("kafka.stream.state.restore.latency.max", () -> 2.0)
            .tags(Tags.of("rocksdb.window.state.id", "dedup-block-store", "task.id", "0_0")).register(registry);

        assertThat(registry.scrape())
            .contains("kafka_stream_state_restore_latency_max{store=\"enrich-document-frequencies\",store_type=\"rocksdb\",task_id=\"0_0\"} 1.0")
            .contains("kafka_stream_state_restore_latency_max{store=\"dedup-block-store\",store_type=\"rocksdb.window\",task_id=\"0_0\"} 2.0");
    }

    @Test
    void shouldLeaveOtherMetricsAloneWhenNameIsNotAStateMetric() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new StateStoreTagFilter());
        Gauge.builder("kafka.stream.thread.process.rate", () -> 3.0).tags(Tags.of("thread.id", "t1")).register(registry);

        assertThat(registry.scrape()).contains("kafka_stream_thread_process_rate{thread_id=\"t1\"} 3.0");
    }
}
