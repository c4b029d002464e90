package io.newsflow.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.newsflow.app.dev.TopicProvisioner;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.app.testing.NewsPublisher;
import io.newsflow.app.testing.OutcomeLedger;
import io.newsflow.app.testing.StreamsGroup;
import io.newsflow.app.testing.StreamsProcess;
import io.newsflow.app.testing.SyntheticNews;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import io.newsflow.streams.topology.TopicNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop and a restart on a new machine: {@code newsflow streams} (its own JVM) gets
 * SIGTERM, closes cleanly and leaves the group at once; a new instance with an empty state
 * directory restores the dedup stores from their changelogs, so copies and re-ingests of articles
 * seen before the restart are still reported as duplicates.
 */
class StreamsRestartIT {
    private static final String APP_ID = "restart-it";

    @TempDir
    Path dir;

    @Test
    void shouldStillDetectDuplicatesOfEarlierArticlesWhenRestartedOnAnEmptyStateDirAfterSigterm() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
             SchemaRegistryServer registry = SchemaRegistryServer.start(
                 SchemaRegistryServerConfig.of("127.0.0.1", 0, kafka.bootstrapServers(), null))) {
            new TopicProvisioner(kafka.bootstrapServers(), 2, (short) 1).ensure(TopicNames.ALL);
            restartTwice(kafka, registry);
        }
    }

    private void restartTwice(EmbeddedKafka kafka, SchemaRegistryServer registry) throws Exception {
        try (StreamsGroup group = new StreamsGroup(kafka.bootstrapServers(), APP_ID);
             NewsPublisher publisher = new NewsPublisher(kafka.bootstrapServers(), registry.url());
             OutcomeLedger ledger = new OutcomeLedger(kafka.bootstrapServers(), registry.url())) {
            Runnable readOutputs = () -> ledger.poll(Duration.ofMillis(200));
            SyntheticNews news = new SyntheticNews(99L);
            InputDocument originals = news.batch("originals.ndjson", 60, 0, Instant.now());

            int exitCode;
            long leftMs;
            try (StreamsProcess first = StreamsProcess.start(dir.resolve("first.log"), arguments(kafka, registry, "state-first"))) {
                assertThat(group.await(TopicNames.ARTICLES_RAW, members -> members.equals(List.of(2L)), Duration.ofSeconds(120),
                    readOutputs)).as("first instance holds the partitions; log:%n%s", first.logTail()).isTrue();
                publisher.publish(originals);
                publisher.flush();
                ledger.awaitOutcomes(60, Duration.ofSeconds(120));
                Set<String> before = publisher.articleIds();
                assertThat(ledger.enriched()).containsExactlyInAnyOrderElementsOf(before);

                long stop = System.nanoTime();
                exitCode = first.terminate(Duration.ofSeconds(60));
                long stoppedMs = (System.nanoTime() - stop) / 1_000_000;
                // it left the group while closing: the partitions are free now, not after a 45 s session timeout
                assertThat(group.isEmpty()).as("group empty once the instance exited; log:%n%s", first.logTail()).isTrue();
                leftMs = (System.nanoTime() - stop) / 1_000_000;
                System.out.printf("StreamsRestartIT: SIGTERM -> exit code %d after %d ms; group empty %d ms after SIGTERM%n",
                    exitCode, stoppedMs, leftMs);
            }
            assertThat(exitCode).as("exit code after SIGTERM (143 = terminated by SIGTERM after the hooks ran)").isIn(0, 143);

            try (StreamsProcess second = StreamsProcess.start(dir.resolve("second.log"), arguments(kafka, registry, "state-second"))) {
                Set<String> originalIds = publisher.articleIds();
                // the same 60 articles again (re-ingest) and 20 republications of their bodies under new URLs
                publisher.publish(originals);
                publisher.publish(news.batch("copies.ndjson", 0, 20, Instant.now()));
                publisher.flush();
                long restart = System.nanoTime();
                ledger.awaitOutcomes(60 + 80, Duration.ofSeconds(150));
                System.out.printf("StreamsRestartIT: 80 duplicates decided %d ms after publishing to the restarted instance; %s%n",
                    (System.nanoTime() - restart) / 1_000_000, ledger.summary());

                assertThat(ledger.enriched()).as("nothing new published").hasSize(60);
                assertThat(ledger.deadLetters()).isEmpty();
                List<DuplicateDetected> decisions = ledger.decisions();
                assertThat(decisions).hasSize(80);
                assertThat(decisions.stream().filter(d -> d.getArticleId().equals(d.getDuplicateOf())))
                    .as("re-ingested articles, found in the restored revision store").hasSize(60);
                assertThat(decisions.stream().filter(d -> !d.getArticleId().equals(d.getDuplicateOf())))
                    .as("copies, found in the restored exact index").hasSize(20)
                    .allSatisfy(d -> assertThat(originalIds).contains(d.getDuplicateOf()));
            }
        }
    }

    private List<String> arguments(EmbeddedKafka kafka, SchemaRegistryServer registry, String stateDir) {
        return List.of("--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
            "--application-id", APP_ID, "--state-dir", dir.resolve(stateDir).toString(), "--http-port", "0", "--no-create-topics");
    }
}
