package io.newsflow.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.streams.aggregate.stream.AggregateStage;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.dedup.stream.DedupStage;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole topology's description on the registry serdes (mock:// scope): every source, processor,
 * store, repartition, suppression and sink has a name of its own, so none drifts as the topology
 * grows. What flows through it: {@link NewsflowTopologyTest}.
 */
class NewsflowTopologyNamesTest {
    private static final String SCOPE = "newsflow-topology-names-test";

    private final StreamsSettings settings = StreamsSettings.local("unused:9092", "mock://" + SCOPE, Path.of("target/state"));
    private final Topology topology = NewsflowTopology.buildTopology(settings, AvroSerdes.create(settings.serdeConfig()),
        Clock.fixed(Instant.parse("2024-10-07T09:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldNameEverySourceProcessorStoreAndSinkWhenTopologyIsBuilt() {
        String description = topology.describe().toString();
        assertThat(description)
            .contains("Source: source-articles.raw (topics: [articles.raw])")
            .contains("Processor: " + DedupStage.REVISION_PROCESSOR)
            .contains("Processor: " + EnrichStage.PROCESSOR + " (stores: [" + EnrichStage.DOCUMENT_FREQUENCY_STORE + "])")
            .contains("Sink: sink-articles.enriched (topic: articles.enriched)")
            .contains("Sink: sink-articles.duplicates (topic: articles.duplicates)")
            .contains("Source: source-articles.enriched (topics: [articles.enriched])")
            .contains("Source: source-articles.duplicates (topics: [articles.duplicates])")
            .contains("Processor: " + ArticleIndexStage.RAW_PROCESSOR + " (stores: [" + ArticleIndexStage.STORE + "])")
            .contains("Processor: " + ArticleIndexStage.ENRICHED_PROCESSOR + " (stores: [" + ArticleIndexStage.STORE + "])")
            .contains("Processor: " + ArticleIndexStage.DUPLICATES_PROCESSOR + " (stores: [" + ArticleIndexStage.STORE + "])")
            // generated names (KSTREAM-MAPVALUES-0000000001) would drift as the topology grows
            .doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    }

    @Test
    void shouldNameEveryStatisticsStoreRepartitionSuppressionAndSinkWhenTopologyIsBuilt() {
        String description = topology.describe().toString();
        for (String repartition : List.of(AggregateStage.BY_SOURCE, AggregateStage.BY_LANGUAGE, AggregateStage.BY_TREND_TYPE)) {
            assertThat(description).contains("Sink: " + repartition + "-repartition-sink (topic: " + repartition + "-repartition)");
        }
        for (String base : List.of("stats-sources-1m", "stats-sources-1h", "stats-languages-1m", "stats-languages-1h",
            "stats-trends-1m")) {
            assertThat(description)
                .contains("Processor: " + base + "-late-check (stores: [])")
                .contains("Processor: " + base + "-aggregate (stores: [" + base + "])")
                .contains("Processor: " + base + "-until-close (stores: [" + base + "-until-close-store])")
                .contains("Processor: " + base + "-updates-records")
                .contains("Processor: " + base + "-final-records");
        }
        // one-hour trends: 5-minute panes, merged and emitted by a processor with two small stores
        assertThat(description)
            .contains("Processor: stats-trends-5m-late-check (stores: [])")
            .contains("Processor: stats-trends-5m-aggregate (stores: [stats-trends-5m])")
            .contains("Processor: stats-trends-5m-changes")
            .containsPattern("Processor: stats-trends-1h-emit \\(stores: \\[(stats-trends-(5m|1h-dirty|1h-emitted)(, )?){3}\\]\\)")
            .contains("Processor: stats-trends-1h-updates-records")
            .contains("Processor: stats-trends-1h-final-records")
            .doesNotContain("stats-trends-1h-until-close");
        for (String topic : TopicNames.STATS) {
            assertThat(description).contains("Sink: sink-" + topic + "-1m (topic: " + topic + ")")
                .contains("Sink: sink-" + topic + "-1h (topic: " + topic + ")");
        }
        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    }
}
