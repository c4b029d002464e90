package io.newsflow.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * The Schema Registry goes down mid-run, and a producer and the streams application start while it
 * is down (cold schema caches, as after a deploy), with articles already waiting: the producer
 * waits instead of failing its sends, the streams application waits instead of dead-lettering
 * records it cannot decode yet, and once the registry is back on the same port every article has
 * exactly one committed outcome.
 */
class RegistryOutageIT {
    private static final long SEED = 7L;
    private static final Duration OUTAGE = Duration.ofSeconds(12);

    @TempDir
    Path dir;

    @Test
    void shouldWaitForTheRegistryAndLoseNothingWhenItIsDownMidRun() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            SchemaRegistryServer registry = SchemaRegistryServer.start(
                SchemaRegistryServerConfig.of("127.0.0.1", 0, kafka.bootstrapServers(), null));
            String url = registry.url();
            int registryPort = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
            new TopicProvisioner(kafka.bootstrapServers(), 2, (short) 1).ensure(TopicNames.ALL);
            SyntheticNews news = new SyntheticNews(SEED);
            Instant now = Instant.now();
            Set<String> published = new HashSet<>();
            try (NewsPublisher before = new NewsPublisher(kafka.bootstrapServers(), url)) {
                before.publish(news.batch("before.ndjson", 100, 10, now));
                assertThat(before.flush().published()).isEqualTo(110);
                published.addAll(before.articleIds());
            }

            registry.close();
            long down = System.nanoTime();
            // started during the outage: its schema cache is cold and articles are waiting on articles.raw
            StreamsCommand streams = new StreamsCommand();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(streams).execute(
                "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", url,
                "--application-id", "registry-outage-it", "--state-dir", dir.resolve("state").toString(), "--http-port", "0"));
            try (NewsPublisher during = new NewsPublisher(kafka.bootstrapServers(), url);
                 OutcomeLedger ledger = new OutcomeLedger(kafka.bootstrapServers(), url)) {
                CompletableFuture<PublishSummary> publishing = CompletableFuture.supplyAsync(() -> {
                    during.publish(news.batch("during.ndjson", 100, 10, now.plusSeconds(1)));
                    return during.flush();
                });
                // the new producer cannot register the Article schema yet: it must still be waiting, not failing
                assertThatThrownBy(() -> publishing.get(OUTAGE.toMillis(), TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
                registry = SchemaRegistryServer.start(SchemaRegistryServerConfig.of("127.0.0.1", registryPort, kafka.bootstrapServers(), null));
                long downMs = (System.nanoTime() - down) / 1_000_000;
                // its stream thread waited on the registry (no RUNNING, /health/ready says 503) and goes on now
                assertThat(streams.awaitRunning(Duration.ofSeconds(120))).as("streams running").isTrue();
                PublishSummary summary = publishing.get(120, TimeUnit.SECONDS);
                assertThat(summary.failed()).as("failed sends: %s", summary.failures()).isZero();
                assertThat(summary.published()).isEqualTo(110);
                published.addAll(during.articleIds());

                ledger.awaitOutcomes(published.size(), Duration.ofSeconds(180));
                ledger.awaitJudgedDuplicates(20, Duration.ofSeconds(60));
                System.out.printf("RegistryOutageIT: registry down %d ms; all outcomes %d ms after it went down; %s%n",
                    downMs, (System.nanoTime() - down) / 1_000_000, ledger.summary());
                ledger.assertExactlyOnce(published, 20);
            } finally {
                streams.stop();
                registry.close();
            }
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        }
    }
}
