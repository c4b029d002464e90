package io.newsflow.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.cli.StreamsCommand;
import io.newsflow.app.dev.TopicProvisioner;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.app.testing.NewsPublisher;
import io.newsflow.app.testing.OutcomeLedger;
import io.newsflow.app.testing.SyntheticNews;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import io.newsflow.streams.topology.TopicNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The broker goes down in the middle of a run and comes back on the same data and port: the
 * producer keeps the articles sent meanwhile and delivers them (idempotent, retried within
 * {@code delivery.timeout.ms}), the streams application and the registry reconnect, and every
 * article has exactly one committed outcome.
 */
class BrokerRestartIT {
    private static final long SEED = 42L;

    @TempDir
    Path dir;

    @Test
    void shouldDeliverAndProcessEveryArticleOnceWhenTheBrokerRestartsMidRun() throws Exception {
        Path data = dir.resolve("kafka");
        EmbeddedKafka kafka = EmbeddedKafka.start(data, 0);
        int port = kafka.port();
        String bootstrap = kafka.bootstrapServers();
        try (SchemaRegistryServer registry = SchemaRegistryServer.start(
                SchemaRegistryServerConfig.of("127.0.0.1", 0, bootstrap, null))) {
            new TopicProvisioner(bootstrap, 2, (short) 1).ensure(TopicNames.ALL);
            StreamsCommand streams = new StreamsCommand();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(streams).execute(
                "--bootstrap-servers", bootstrap, "--schema-registry-url", registry.url(),
                "--application-id", "broker-restart-it", "--state-dir", dir.resolve("state").toString(), "--http-port", "0"));
            assertThat(streams.awaitRunning(Duration.ofSeconds(120))).as("streams running").isTrue();

            SyntheticNews news = new SyntheticNews(SEED);
            try (NewsPublisher publisher = new NewsPublisher(bootstrap, registry.url());
                 OutcomeLedger ledger = new OutcomeLedger(bootstrap, registry.url())) {
                Instant now = Instant.now();
                publisher.publish(news.batch("before.ndjson", 100, 10, now));
                publisher.flush();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (ledger.poll(Duration.ofMillis(100)) < 20 && System.nanoTime() < deadline) {
                    // reading until the run is under way
                }

                long down = System.nanoTime();
                kafka.close();
                // sent while the broker is down: buffered by the producer, delivered after the restart
                publisher.publish(news.batch("during.ndjson", 100, 10, now.plusSeconds(1)));
                kafka = EmbeddedKafka.start(data, port);
                long downMs = (System.nanoTime() - down) / 1_000_000;
                publisher.publish(news.batch("after.ndjson", 100, 10, now.plusSeconds(2)));
                PublishSummary summary = publisher.flush();
                long deliveredMs = (System.nanoTime() - down) / 1_000_000;
                assertThat(summary.failed()).as("failed sends: %s", summary.failures()).isZero();
                assertThat(summary.published()).isEqualTo(330);

                ledger.awaitOutcomes(publisher.articleIds().size(), Duration.ofSeconds(180));
                System.out.printf("BrokerRestartIT: broker down %d ms; every send acknowledged %d ms after the stop; "
                    + "all outcomes %d ms after it; %s%n", downMs, deliveredMs, (System.nanoTime() - down) / 1_000_000, ledger.summary());
                ledger.assertExactlyOnce(publisher.articleIds(), 30);
            } finally {
                streams.stop();
            }
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            kafka.close();
        }
    }
}
