package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import io.newsflow.app.http.HttpApi;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} on the app's HTTP server, before and after the pipeline reports (no broker needed). */
class AppMetricsTest {

    @Test
    void shouldServePrometheusTextWithJvmAndPipelineMetricsWhenScraped() throws Exception {
        try (AppMetrics metrics = new AppMetrics();
             HttpApi http = HttpApi.start(0, () -> KafkaStreams.State.RUNNING, metrics::install)) {
            metrics.pipeline().articleEnriched(Instant.parse("2026-11-22T09:00:00Z"), Instant.parse("2026-11-22T09:00:03Z"));

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(http.url() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(AppMetrics.CONTENT_TYPE);
            assertThat(response.body())
                .contains("# TYPE newsflow_ingest_to_enriched_latency_seconds histogram")
                .contains("newsflow_ingest_to_enriched_latency_seconds_sum 3.0")
                .contains("newsflow_articles_enriched_total 1.0")
                .contains("newsflow_articles_duplicates_total 0.0")
                .contains("jvm_memory_used_bytes{");
        }
    }

    @Test
    void shouldAnswerOnLoopbackUrlWhenBoundToEveryInterface() throws Exception {
        try (AppMetrics metrics = new AppMetrics();
             HttpApi http = HttpApi.start("0.0.0.0", 0, HttpApi.DEFAULT_MAX_REQUEST_BYTES, () -> KafkaStreams.State.RUNNING,
                 metrics::install)) {
            assertThat(http.url()).startsWith("http://127.0.0.1:");
            HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(http.url() + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
        }
    }
}
