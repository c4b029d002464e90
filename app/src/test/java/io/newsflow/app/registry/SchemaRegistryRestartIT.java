package io.newsflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.registry.client.RestSchemaRegistryClient;
import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.serde.AvroSerdeConfig;
import io.newsflow.registry.serde.KafkaAvroDeserializer;
import io.newsflow.registry.serde.KafkaAvroSerializer;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's Kafka store on the real embedded broker: ids survive registry and broker restarts. */
class SchemaRegistryRestartIT {
    private static final Schema V1 = record("{\"name\":\"title\",\"type\":\"string\"}");
    private static final Schema V2 = record("{\"name\":\"title\",\"type\":\"string\"},"
            + "{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"}");
    private static final Schema OTHER = Schema.create(Schema.Type.LONG);
    private static final Schema RETIRED = Schema.create(Schema.Type.DOUBLE);

    @TempDir
    Path dataDir;

    private static Schema record(String fields) {
        return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Story\",\"namespace\":\"it\",\"fields\":["
                + fields + "]}");
    }

    private static SchemaRegistryServer registry(EmbeddedKafka kafka) {
        return SchemaRegistryServer.start(SchemaRegistryServerConfig.of("127.0.0.1", 0, kafka.bootstrapServers(), null));
    }

    private static SchemaRegistryClient client(SchemaRegistryServer registry) {
        return new RestSchemaRegistryClient(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()));
    }

    @Test
    void shouldKeepIdsVersionsAndConfigsWhenRegistryAndBrokerRestart() throws Exception {
        int brokerPort;
        int id1;
        int id2;
        int idOther;
        byte[] written;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0)) {
            brokerPort = kafka.port();
            try (SchemaRegistryServer registry = registry(kafka)) {
                SchemaRegistryClient client = client(registry);
                id1 = client.register("story-value", V1);
                id2 = client.register("story-value", V2);
                idOther = client.register("count-value", OTHER);
                client.register("retired-value", RETIRED);
                client.deleteSubject("retired-value");
                client.deleteSubject("retired-value", true);
                client.updateCompatibility("story-value", "FULL_TRANSITIVE");
                written = produce(kafka, registry, "stories", V1);
            }
            assertSchemasTopicIsCompactedWithOnePartition(kafka);
            try (SchemaRegistryServer registry = registry(kafka)) {
                assertRegistryState(client(registry), id1, id2, idOther);
            }
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, brokerPort);
             SchemaRegistryServer registry = registry(kafka)) {
            SchemaRegistryClient client = client(registry);
            assertRegistryState(client, id1, id2, idOther);
            // the retired id (deleted permanently) is never handed out again
            int fresh = client.register("fresh-value", Schema.create(Schema.Type.BOOLEAN));
            assertThat(fresh).isEqualTo(idOther + 2);
            // data written before both restarts still decodes, into the newer schema too
            byte[] onDisk = consumeOne(kafka, "stories");
            assertThat(onDisk).isEqualTo(written);
            KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
            deserializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()), false);
            GenericRecord asV2 = (GenericRecord) deserializer.deserialize("stories", onDisk, V2);
            assertThat(asV2.get("title").toString()).isEqualTo("before restarts");
            assertThat(asV2.get("lang").toString()).isEqualTo("en");
        }
    }

    private static void assertRegistryState(SchemaRegistryClient client, int id1, int id2, int idOther) {
        assertThat(client.getId("story-value", V1)).isEqualTo(id1);
        assertThat(client.getId("story-value", V2)).isEqualTo(id2);
        assertThat(client.getId("count-value", OTHER)).isEqualTo(idOther);
        assertThat(client.getAllVersions("story-value")).containsExactly(1, 2);
        assertThat(client.getAllSubjects()).containsExactlyInAnyOrder("story-value", "count-value", "stories-value");
        assertThat(client.getCompatibility("story-value")).isEqualTo("FULL_TRANSITIVE");
        assertThat(client.getSchemaById(id2)).isEqualTo(V2);
    }

    private static byte[] produce(EmbeddedKafka kafka, SchemaRegistryServer registry, String topic, Schema schema)
            throws Exception {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()), false);
        GenericRecord story = new GenericData.Record(schema);
        story.put("title", "before restarts");
        byte[] bytes = serializer.serialize(topic, story);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", bytes)).get(30, TimeUnit.SECONDS);
        }
        return bytes;
    }

    private static byte[] consumeOne(EmbeddedKafka kafka, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<byte[]> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            assertThat(values).as("records read back from %s within 60 s", topic).hasSize(1);
            return values.get(0);
        }
    }

    private static void assertSchemasTopicIsCompactedWithOnePartition(EmbeddedKafka kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeTopics(Set.of("_schemas")).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get("_schemas").partitions()).hasSize(1);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "_schemas");
            Config config = admin.describeConfigs(Set.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }
}
