package io.newsflow.streams.aggregate.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.metrics.PipelineMetrics;
import io.newsflow.streams.topology.AvroSerdes;
import io.newsflow.streams.topology.NewsflowSerdes;
import io.newsflow.streams.topology.NewsflowTopology;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The whole topology in a TopologyTestDriver, fed straight on its published topics, with late records
 * recorded; what its window stores and output topics hold.
 */
final class StatsTopologyFixture implements AutoCloseable {
    final List<String> late = new CopyOnWriteArrayList<>();
    final NewsflowSerdes serdes;
    final TopologyTestDriver driver;
    final TestInputTopic<String, EnrichedArticle> enriched;
    final TestInputTopic<String, DuplicateDetected> duplicates;
    private final String scope;

    StatsTopologyFixture(String scope, Instant now, Map<String, String> settings) {
        this.scope = scope;
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("bootstrap.servers", "unused:9092");
        all.put("schema.registry.url", "mock://" + scope);
        all.put("state.dir", Path.of("target/state-" + scope).toString());
        StreamsSettings config = StreamsSettings.fromMap(all);
        serdes = AvroSerdes.create(config.serdeConfig());
        PipelineMetrics metrics = new PipelineMetrics() {
            @Override
            public void lateRecord(String stage) {
                late.add(stage);
            }
        };
        driver = new TopologyTestDriver(NewsflowTopology.buildTopology(config, serdes, Clock.fixed(now, ZoneOffset.UTC), metrics),
            config.toProperties());
        enriched = driver.createInputTopic(TopicNames.ARTICLES_ENRICHED, new StringSerializer(), serdes.enrichedArticle().serializer());
        duplicates = driver.createInputTopic(TopicNames.ARTICLES_DUPLICATES, new StringSerializer(),
            serdes.dedup().duplicate().serializer());
    }

    <V> TestOutputTopic<String, V> output(String topic, Serde<V> serde) {
        return driver.createOutputTopic(topic, new StringDeserializer(), serde.deserializer());
    }

    void publish(EnrichedArticle article) {
        enriched.pipeInput(article.getArticle().getArticleId(), article);
    }

    void publish(DuplicateDetected duplicate) {
        duplicates.pipeInput(duplicate.getArticleId(), duplicate);
    }

    /** The value of {@code key} in the window of {@code store} that starts at {@code windowStart}. */
    <V> V fetch(String store, String key, Instant windowStart) {
        WindowStore<String, V> windows = driver.getWindowStore(store);
        return windows.fetch(key, windowStart.toEpochMilli());
    }

    /** The last value {@code topic} holds for {@code key}, failing when it holds none. */
    static <V> V lastValue(TestOutputTopic<String, V> topic, String key) {
        V last = null;
        for (KeyValue<String, V> kv : topic.readKeyValuesToList()) {
            if (kv.key.equals(key)) {
                last = kv.value;
            }
        }
        assertThat(last).as("a record with key %s", key).isNotNull();
        return last;
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }
}
