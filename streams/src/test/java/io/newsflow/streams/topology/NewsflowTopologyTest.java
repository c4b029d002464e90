package io.newsflow.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.streams.config.StreamsSettings;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NewsflowTopologyTest {
    private static final String SCOPE = "newsflow-topology-test";
    private static final Instant NOW = Instant.parse("2024-10-07T09:00:00Z");

    private final StreamsSettings settings = StreamsSettings.local("unused:9092", "mock://" + SCOPE, Path.of("target/state"));
    private final NewsflowSerdes serdes = AvroSerdes.create(settings.serdeConfig());
    private final Topology topology = NewsflowTopology.buildTopology(settings, serdes, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldNameEverySourceProcessorAndSinkWhenTopologyIsBuilt() {
        String description = topology.describe().toString();
        assertThat(description)
            .contains("Source: source-articles.raw (topics: [articles.raw])")
            .contains("Processor: enrich-articles")
            .contains("Sink: sink-articles.enriched (topic: articles.enriched)")
            // generated names (KSTREAM-MAPVALUES-0000000001) would drift as the topology grows
            .doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    }

    @Test
    void shouldWriteEnrichedArticleWhenRawArticleArrives() {
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, settings.toProperties())) {
            TestInputTopic<String, io.newsflow.avro.Article> raw = driver.createInputTopic(TopicNames.ARTICLES_RAW,
                new StringSerializer(), serdes.article().serializer());
            TestOutputTopic<String, EnrichedArticle> enriched = driver.createOutputTopic(TopicNames.ARTICLES_ENRICHED,
                new StringDeserializer(), serdes.enrichedArticle().deserializer());

            raw.pipeInput("a1", TestArticles.article("a1", "Dockworkers strike", "Dockworkers in Rotterdam walked off the job."));

            var out = enriched.readKeyValue();
            assertThat(out.key).isEqualTo("a1");
            assertThat(out.value.getArticle().getTitle()).isEqualTo("Dockworkers strike");
            assertThat(out.value.getWordCount()).isEqualTo(9);
            assertThat(out.value.getEnrichedAt()).isEqualTo(NOW);
            assertThat(enriched.isEmpty()).isTrue();
        }
    }
}
