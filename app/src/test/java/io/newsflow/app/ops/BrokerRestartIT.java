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
                // the ingest thread goes on while the broker is down: its sends buffer, or block in send()
                // for metadata (up to max.block.ms, 60 s), and are delivered once the broker is back
                long handed = publisher.articlesHanded();
                CompletableFuture<Void> during = CompletableFuture.runAsync(
                    () -> publisher.publish(news.batch("during.ndjson", 100, 10, now.plusSeconds(1))));
                awaitSending(publisher, handed, during);
                kafka = EmbeddedKafka.start(data, port);
                long downMs = (System.nanoTime() - down) / 1_000_000;
                during.get(120, TimeUnit.SECONDS);
                publisher.publish(news.batch("after.ndjson", 100, 10, now.plusSeconds(2)));
                PublishSummary summary = publisher.flush();
                long deliveredMs = (System.nanoTime() - down) / 1_000_000;
                assertThat(summary.failed()).as("failed sends: %s", summary.failures()).isZero();
                assertThat(summary.published()).isEqualTo(330);

                ledger.awaitOutcomes(publisher.articleIds().size(), Duration.ofSeconds(180));
                ledger.awaitJudgedDuplicates(30, Duration.ofSeconds(60));
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

    /** Waits until the ingest thread has handed an article to the producer while the broker is down. */
    private static void awaitSending(NewsPublisher publisher, long handedBefore, CompletableFuture<Void> during) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (publisher.articlesHanded() == handedBefore && System.nanoTime() < deadline) {
            try {
                during.get(50, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still publishing: the expected case
            }
        }
        assertThat(publisher.articlesHanded()).as("articles sent while the broker is down").isGreaterThan(handedBefore);
    }
}
