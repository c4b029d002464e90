package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow streams} against a running cluster and registry: health and {@code /metrics} answer, and stop() ends it cleanly. */
class StreamsCommandIT {

    @TempDir
    Path dir;

    @Test
    void shouldServeHealthAndMetricsWhenStreamsCommandRuns() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
             SchemaRegistryServer registry = SchemaRegistryServer.start(
                 SchemaRegistryServerConfig.of("127.0.0.1", 0, kafka.bootstrapServers(), null))) {
            StreamsCommand command = new StreamsCommand();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(command).execute(
                "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
                "--application-id", "streams-command-it", "--state-dir", dir.resolve("state").toString(), "--http-port", "0"));

            assertThat(command.awaitRunning(Duration.ofSeconds(120))).as("streams command running").isTrue();
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, command.httpUrl() + "/health/ready").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = get(http, command.httpUrl() + "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                .contains("newsflow_articles_enriched_total 0.0")
                .contains("# TYPE newsflow_ingest_to_enriched_latency_seconds histogram")
                .contains("kafka_stream_thread_")
                .contains("application_id=\"streams-command-it\"");

            command.stop();
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
