package io.newsflow.registry.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.testdata.Headline;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaAvroSerdeTest {
    /** Version 1 of {@link Headline}: no 'lang', no 'publishedAt'. */
    static final Schema HEADLINE_V1 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Headline\","
            + "\"namespace\":\"io.newsflow.registry.testdata\",\"fields\":[{\"name\":\"title\",\"type\":\"string\"},"
            + "{\"name\":\"words\",\"type\":\"int\"}]}");

    private final String scope = "serde-test-" + System.nanoTime();
    private final SchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(scope);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    private Map<String, Object> configs(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        map.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://" + scope);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private KafkaAvroSerializer serializer(boolean isKey, Object... pairs) {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(configs(pairs), isKey);
        return serializer;
    }

    private KafkaAvroDeserializer deserializer(boolean isKey, Object... pairs) {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(configs(pairs), isKey);
        return deserializer;
    }

    private static GenericRecord v1(String title, int words) {
        GenericRecord record = new GenericData.Record(HEADLINE_V1);
        record.put("title", title);
        record.put("words", words);
        return record;
    }

    @Test
    void shouldWriteMagicByteIdAndAvroBinaryWhenSerializing() {
        byte[] bytes = serializer(false).serialize("news", v1("Hi", 1));
        int id = registry.getLatestSchemaMetadata("news-value").id();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertThat(buffer.get()).isZero();
        assertThat(buffer.getInt()).isEqualTo(id);
        // Avro binary of {"Hi", 1}: string length 2 zig-zag = 4, 'H', 'i', int 1 zig-zag = 2
        assertThat(java.util.Arrays.copyOfRange(bytes, 5, bytes.length)).containsExactly(4, 'H', 'i', 2);
    }

    @Test
    void shouldDecodeV1DataIntoV2ClassWhenSpecificReaderIsOn() {
        byte[] bytes = serializer(false).serialize("news", v1("Old headline", 2));
        Object decoded = deserializer(false, AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, "true").deserialize("news", bytes);
        assertThat(decoded).isInstanceOf(Headline.class);
        Headline headline = (Headline) decoded;
        assertThat(headline.getTitle()).isEqualTo("Old headline");
        assertThat(headline.getLang()).isEqualTo("en");
        assertThat(headline.getPublishedAt()).isNull();
    }

    @Test
    void shouldRoundTripSpecificRecordWithLogicalTypesWhenUsingSpecificSerde() {
        SpecificAvroSerde<Headline> serde = new SpecificAvroSerde<>();
        serde.configure(configs(), false);
        Headline headline = Headline.newBuilder().setTitle("New").setWords(1).setLang("fr")
                .setPublishedAt(Instant.ofEpochMilli(1_700_000_000_000L)).build();
        byte[] bytes = serde.serializer().serialize("news", headline);
        assertThat(serde.deserializer().deserialize("news", bytes)).isEqualTo(headline);
    }

    @Test
    void shouldWorkWithoutConfigureWhenBuiltWithAClient() {
        SpecificAvroSerde<Headline> serde = new SpecificAvroSerde<>(registry);
        Headline headline = Headline.newBuilder().setTitle("No configure").setWords(2).build();
        assertThat(serde.deserializer().deserialize("plain", serde.serializer().serialize("plain", headline)))
                .isEqualTo(headline);
        assertThat(registry.getAllSubjects()).containsExactly("plain-value");
    }

    @Test
    void shouldRoundTripGenericRecordWhenUsingGenericSerde() {
        GenericAvroSerde serde = new GenericAvroSerde(registry);
        serde.configure(configs(), true);
        GenericRecord record = v1("Key", 3);
        GenericRecord back = serde.deserializer().deserialize("news", serde.serializer().serialize("news", record));
        assertThat(back.toString()).isEqualTo(record.toString());
        assertThat(registry.getAllSubjects()).containsExactly("news-key");
    }

    @Test
    void shouldMapNullToNullAndRegisterNothingWhenTombstone() {
        assertThat(serializer(false).serialize("news", null)).isNull();
        assertThat(deserializer(false).deserialize("news", null)).isNull();
        assertThat(registry.getAllSubjects()).isEmpty();
    }

    @Test
    void shouldNameSubjectsPerStrategyWhenConfiguredByOurOrConfluentClassNames() {
        serializer(false).serialize("t1", v1("a", 1));
        serializer(true, AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.RecordNameStrategy").serialize("t2", v1("a", 1));
        serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy").serialize("t3", v1("a", 1));
        serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class)
                .serialize("t4", v1("a", 1));
        serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, RecordNameStrategy.class.getName())
                .serialize("t5", v1("a", 1));
        assertThat(registry.getAllSubjects()).containsExactlyInAnyOrder("t1-value",
                "io.newsflow.registry.testdata.Headline", "t3-io.newsflow.registry.testdata.Headline",
                "t4-io.newsflow.registry.testdata.Headline");
    }

    @Test
    void shouldFailNamingKeyWhenConfigIsMalformed() {
        assertThatThrownBy(() -> serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "com.example.Nope"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("value.subject.name.strategy");
        assertThatThrownBy(() -> serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "yes"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("auto.register.schemas");
        assertThatThrownBy(() -> serializer(false, AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY, String.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not implement");
    }

    @Test
    void shouldLookUpInsteadOfRegisteringWhenAutoRegisterIsOff() {
        KafkaAvroSerializer lookupOnly = serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
        assertThatThrownBy(() -> lookupOnly.serialize("news", v1("a", 1)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("news-value").hasMessageContaining("40401");
        int id = registry.register("news-value", HEADLINE_V1);
        assertThat(ByteBuffer.wrap(lookupOnly.serialize("news", v1("a", 1)), 1, 4).getInt()).isEqualTo(id);
        assertThat(registry.getAllVersions("news-value")).containsExactly(1);
    }

    @Test
    void shouldWriteWithLatestSchemaWhenUseLatestVersionIsOn() {
        int latest = registry.register("news-value", Headline.getClassSchema());
        byte[] bytes = serializer(false, AvroSerdeConfig.USE_LATEST_VERSION, true,
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false).serialize("news", v1("Up", 1));
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(latest);
        Headline decoded = (Headline) deserializer(false, AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true)
                .deserialize("news", bytes);
        assertThat(decoded.getLang()).isEqualTo("en");
        assertThat(registry.getAllVersions("news-value")).containsExactly(1);
    }

    @Test
    void shouldRoundTripPrimitivesWhenValueIsNotARecord() {
        KafkaAvroSerializer serializer = serializer(true);
        KafkaAvroDeserializer deserializer = deserializer(true);
        for (Object value : new Object[] {"text", 42, 42L, 1.5f, 2.5d, true}) {
            String topic = "p-" + value.getClass().getSimpleName();
            assertThat(deserializer.deserialize(topic, serializer.serialize(topic, value))).isEqualTo(value);
        }
        assertThat((byte[]) deserializer.deserialize("p", serializer.serialize("p", new byte[] {1, 2})))
                .containsExactly(1, 2);
        assertThatThrownBy(() -> serializer.serialize("p", new Object()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("java.lang.Object");
    }

    @Test
    void shouldFailNamingTopicAndCauseWhenBytesAreNotConfluentAvro() {
        KafkaAvroDeserializer deserializer = deserializer(false);
        assertThatThrownBy(() -> deserializer.deserialize("raw-in", "{\"json\":1}".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("raw-in")
                .hasMessageContaining("unknown magic byte 0x7b");
        assertThatThrownBy(() -> deserializer.deserialize("raw-in", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("raw-in").hasMessageContaining("2 bytes");
        assertThatThrownBy(() -> deserializer.deserialize("raw-in", new byte[] {0, 0, 0, 0, 77, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("raw-in")
                .hasMessageContaining("schema id 77 is unknown");
        byte[] good = serializer(false).serialize("raw-in", v1("Truncated title", 5));
        byte[] truncated = java.util.Arrays.copyOf(good, 8);
        assertThatThrownBy(() -> deserializer.deserialize("raw-in", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("raw-in")
                .hasMessageContaining("schema id");
    }

    @Test
    void shouldFailClearlyWhenSpecificClassIsMissing() {
        Schema unknown = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Nowhere\",\"namespace\":\"x.y\","
                + "\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
        GenericRecord record = new GenericData.Record(unknown);
        record.put("a", 1);
        byte[] bytes = serializer(false).serialize("t", record);
        assertThatThrownBy(() -> deserializer(false, AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true).deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("x.y.Nowhere").hasMessageContaining("'t'");
    }
}
