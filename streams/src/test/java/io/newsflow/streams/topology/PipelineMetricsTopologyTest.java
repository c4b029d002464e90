package io.newsflow.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.newsflow.avro.Article;
import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.dedup.stream.DedupStage;
import io.newsflow.streams.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology reports enriched articles (with their ingest → enriched latency) and duplicates to {@link PipelineMetrics}. */
class PipelineMetricsTopologyTest {
    private static final String SCOPE = "pipeline-metrics-test";
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final String BODY = "The city council approved a new budget for public libraries on Tuesday, adding evening "
        + "hours at nine branches and hiring twelve librarians, after a year of complaints about queues and closed doors.";

    private final Recording recording = new Recording();
    private final StreamsSettings settings = StreamsSettings.local("unused:9092", "mock://" + SCOPE, Path.of("target/state"));
    private final NewsflowSerdes serdes = AvroSerdes.create(settings.serdeConfig());
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> raw;

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(NewsflowTopology.buildTopology(settings, serdes, Clock.fixed(NOW, ZoneOffset.UTC), recording),
            settings.toProperties());
        raw = driver.createInputTopic(TopicNames.ARTICLES_RAW, new StringSerializer(), serdes.article().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldReportIngestToEnrichedLatencyWhenArticleIsEnriched() {
        Article article = TestArticles.article("m1", "Libraries get longer hours", BODY);
        article.setIngestedAt(NOW.minusMillis(1_500));
        raw.pipeInput("m1", article);

        assertThat(recording.latencies).containsExactly(Duration.ofMillis(1_500));
        assertThat(recording.duplicates.get()).isZero();
    }

    @Test
    void shouldCountDuplicateAndNotEnrichedWhenSameBodyArrivesTwice() {
        raw.pipeInput("m1", TestArticles.article("m1", "Libraries get longer hours", BODY));
        raw.pipeInput("m2", TestArticles.article("m2", "Council funds libraries", BODY));

        assertThat(recording.latencies).hasSize(1);
        assertThat(recording.duplicates.get()).isEqualTo(1);
    }

    @Test
    void shouldNameMetricsNodeWhenTopologyIsDescribed() {
        String description = NewsflowTopology.buildTopology(settings, serdes, recording).describe().toString();
        assertThat(description).contains("Processor: " + DedupStage.DUPLICATE_METRICS).doesNotContain("KSTREAM-");
    }

    /** Records the calls, as the app's Micrometer implementation would count them. */
    private static final class Recording implements PipelineMetrics {
        final List<Duration> latencies = new CopyOnWriteArrayList<>();
        final AtomicInteger duplicates = new AtomicInteger();

        @Override
        public void articleEnriched(Instant ingestedAt, Instant enrichedAt) {
            latencies.add(Duration.between(ingestedAt, enrichedAt));
        }

        @Override
        public void duplicateDetected() {
            duplicates.incrementAndGet();
        }
    }
}
