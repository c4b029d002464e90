package io.newsflow.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.cli.StreamsCommand;
import io.newsflow.app.dev.TopicProvisioner;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.app.testing.NewsPublisher;
import io.newsflow.app.testing.OutcomeLedger;
import io.newsflow.app.testing.StreamsGroup;
import io.newsflow.app.testing.StreamsProcess;
import io.newsflow.app.testing.SyntheticNews;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import io.newsflow.streams.topology.TopicNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Scale-out and a crash: two {@code newsflow streams} instances with one application id share
 * 4 partitions; one runs in its own JVM and is killed with SIGKILL while articles flow; the
 * survivor takes its partitions over and, read with read_committed, every article has exactly one
 * outcome (exactly-once v2: the victim's open transactions are aborted, its work redone once).
 */
class StreamsScaleOutIT {
    private static final String APP_ID = "scale-out-it";
    private static final int PARTITIONS = 4;
    private static final long SEED = 20_261_129L;

    @TempDir
    Path dir;

    @Test
    void shouldGiveEveryArticleExactlyOneOutcomeWhenAnInstanceIsKilledMidRun() throws Exception {
        System.out.println("StreamsScaleOutIT seed " + SEED);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
             SchemaRegistryServer registry = SchemaRegistryServer.start(
                 SchemaRegistryServerConfig.of("127.0.0.1", 0, kafka.bootstrapServers(), null))) {
            new TopicProvisioner(kafka.bootstrapServers(), PARTITIONS, (short) 1).ensure(TopicNames.ALL);
            // a crashed member is noticed after its session times out: keep it short so the takeover is quick
            Path config = Files.writeString(dir.resolve("streams.properties"), "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");

            StreamsCommand survivor = new StreamsCommand();
            CompletableFuture<Integer> survivorExit = CompletableFuture.supplyAsync(() -> new CommandLine(survivor).execute(
                arguments(kafka, registry, config, dir.resolve("state-survivor")).toArray(String[]::new)));
            assertThat(survivor.awaitRunning(Duration.ofSeconds(120))).as("survivor running").isTrue();

            SyntheticNews news = new SyntheticNews(SEED);
            int copies = 0;
            try (StreamsProcess victim = StreamsProcess.start(dir.resolve("victim.log"), arguments(kafka, registry, config,
                     dir.resolve("state-victim")));
                 StreamsGroup group = new StreamsGroup(kafka.bootstrapServers(), APP_ID);
                 NewsPublisher publisher = new NewsPublisher(kafka.bootstrapServers(), registry.url());
                 OutcomeLedger ledger = new OutcomeLedger(kafka.bootstrapServers(), registry.url())) {
                Runnable readOutputs = () -> ledger.poll(Duration.ofMillis(200));
                assertThat(group.await(TopicNames.ARTICLES_RAW, sharedByTwo(), Duration.ofSeconds(120), readOutputs))
                    .as("two members share the partitions; victim log:%n%s", victim.logTail()).isTrue();

                Instant now = Instant.now();
                publisher.publish(news.batch("batch-1.ndjson", 160, 15, now));
                publisher.publish(news.batch("batch-2.ndjson", 160, 15, now.plusSeconds(1)));
                copies += 30;
                publisher.flush();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (ledger.poll(Duration.ofMillis(100)) < 60 && System.nanoTime() < deadline) {
                    // reading until the run is under way
                }
                assertThat(victim.isAlive()).as("victim alive before the kill; log:%n%s", victim.logTail()).isTrue();
                long outcomesAtKill = ledger.outcomes();
                long killedAt = System.nanoTime();
                victim.kill();

                publisher.publish(news.batch("batch-3.ndjson", 100, 15, now.plusSeconds(2)));
                copies += 15;
                PublishSummary summary = publisher.flush();
                assertThat(summary.failed()).as("failed sends: %s", summary.failures()).isZero();
                assertThat(summary.published()).isEqualTo(publisher.articlesHanded()).isEqualTo(465);

                assertThat(group.await(TopicNames.ARTICLES_RAW, members -> members.equals(List.of((long) PARTITIONS)),
                    Duration.ofSeconds(90), readOutputs)).as("survivor holds every partition").isTrue();
                long takeoverMs = (System.nanoTime() - killedAt) / 1_000_000;
                ledger.awaitOutcomes(publisher.articleIds().size(), Duration.ofSeconds(120));
                ledger.awaitJudgedDuplicates(copies, Duration.ofSeconds(60));
                long doneMs = (System.nanoTime() - killedAt) / 1_000_000;
                System.out.printf("StreamsScaleOutIT: published %d articles (%d exact copies); outcomes at kill %d; "
                        + "survivor held all %d partitions %d ms after SIGKILL; all outcomes %d ms after it; %s%n",
                    summary.published(), copies, outcomesAtKill, PARTITIONS, takeoverMs, doneMs, ledger.summary());
                ledger.assertExactlyOnce(publisher.articleIds(), copies);
            } finally {
                survivor.stop();
            }
            assertThat(survivorExit.get(60, TimeUnit.SECONDS)).isZero();
        }
    }

    private static java.util.function.Predicate<List<Long>> sharedByTwo() {
        return members -> members.size() == 2 && members.stream().allMatch(n -> n > 0);
    }

    private static List<String> arguments(EmbeddedKafka kafka, SchemaRegistryServer registry, Path config, Path stateDir) {
        return List.of("--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
            "--application-id", APP_ID, "--state-dir", stateDir.toString(), "--http-port", "0",
            "--config", config.toString(), "--standby-replicas", "1", "--no-create-topics");
    }
}
