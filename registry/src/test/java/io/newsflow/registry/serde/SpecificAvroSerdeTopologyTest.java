package io.newsflow.registry.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.testdata.Headline;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The serdes inside Kafka Streams with a {@code mock://} registry, as newsflow's topology tests use them. */
class SpecificAvroSerdeTopologyTest {
    private static final String SCOPE = "topology-test";

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldRegisterChangelogSubjectsAndRoundTripWhenUsedInTopology() {
        Map<String, Object> serdeConfig = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://" + SCOPE);
        SpecificAvroSerde<Headline> serde = new SpecificAvroSerde<>();
        serde.configure(serdeConfig, false);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("headlines", Consumed.with(Serdes.String(), serde))
                .toTable(Materialized.<String, Headline, org.apache.kafka.streams.state.KeyValueStore<
                        org.apache.kafka.common.utils.Bytes, byte[]>>as("latest").withKeySerde(Serdes.String())
                        .withValueSerde(serde))
                .toStream().to("latest-headlines", Produced.with(Serdes.String(), serde));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-topology");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, Headline> in = driver.createInputTopic("headlines",
                    Serdes.String().serializer(), serde.serializer());
            TestOutputTopic<String, Headline> out = driver.createOutputTopic("latest-headlines",
                    Serdes.String().deserializer(), serde.deserializer());
            Headline headline = Headline.newBuilder().setTitle("T").setWords(1).build();
            in.pipeInput("k", headline);
            in.pipeInput("k", null);
            assertThat(out.readKeyValuesToList()).extracting(kv -> kv.value).containsExactly(headline, null);
        }
        SchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(SCOPE);
        assertThat(registry.getAllSubjects()).contains("headlines-value", "latest-headlines-value",
                "serde-topology-latest-changelog-value");
    }
}
