package io.newsflow.app.cli;

import static io.newsflow.app.cli.PlainAvroTopics.createTopics;
import static io.newsflow.app.cli.PlainAvroTopics.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.newsflow.app.cli.PlainAvroTopics.PlainAvroSerializer;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.avro.Article;
import io.newsflow.producer.samples.SampleArticles;

/**
 * {@code newsflow produce} running until stopped, against a real embedded broker: watching a
 * directory for files dropped into it, and serving an HTTP port that takes articles posted to it.
 * Values in plain Avro binary, as in {@link ProduceCommandIT}.
 */
class ProduceCommandServingIT {

    @TempDir
    Path tmp;

    @Test
    void shouldIngestFilesDroppedIntoTheWatchedDirectoryWhenWatching() throws Exception {
        Path watched = Files.createDirectories(tmp.resolve("drop"));
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"), 0)) {
            createTopics(kafka);
            ProduceCommand command = new ProduceCommand(config -> new PlainAvroSerializer());
            CommandLine cli = new CommandLine(command);
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out));
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli.execute(
                    "--bootstrap-servers", kafka.bootstrapServers(), "--watch", watched.toString()));
            assertThat(command.awaitWatching(Duration.ofSeconds(30))).isTrue();
            Files.write(watched.resolve("late.json"), SampleArticles.bytes("s05-copper-record.json"));
            List<ConsumerRecord<String, Article>> articles = read(kafka, "articles.raw", Article.class, 1);
            command.stop();
            assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(articles).singleElement().satisfies(r -> assertThat(r.value().getTitle()).isEqualTo("Copper Hits Record as Chilean Mines Cut Output"));
        }
    }

    @Test
    void shouldPublishArticlesPostedOverHttpWhenServingAnHttpPort() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"), 0)) {
            createTopics(kafka);
            ProduceCommand command = new ProduceCommand(config -> new PlainAvroSerializer());
            CommandLine cli = new CommandLine(command);
            cli.setOut(new PrintWriter(new StringWriter()));
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli.execute(
                    "--bootstrap-servers", kafka.bootstrapServers(), "--http-port", "0"));
            assertThat(command.awaitWatching(Duration.ofSeconds(30))).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(command.httpUrl() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(command.httpUrl() + "/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(SampleArticles.bytes("s05-copper-record.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<ConsumerRecord<String, Article>> articles = read(kafka, "articles.raw", Article.class, 1);
            command.stop();

            assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"producer\":\"RUNNING\"");
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
            assertThat(articles).singleElement().satisfies(r -> assertThat(r.value().getTitle()).isEqualTo("Copper Hits Record as Chilean Mines Cut Output"));
        }
    }
}
