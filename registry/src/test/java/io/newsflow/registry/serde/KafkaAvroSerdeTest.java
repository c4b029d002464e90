package io.newsflow.registry.serde;

import static io.newsflow.registry.serde.MockRegistrySerdes.v1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;

import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.testdata.Headline;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The serdes on the wire: Confluent's framing (magic byte, schema id, Avro binary), specific,
 * generic and primitive round trips, tombstones, and bytes that are not Confluent Avro or name a
 * class that is missing. The settings: {@link KafkaAvroSerdeSettingsTest}.
 */
class KafkaAvroSerdeTest {
    @AutoClose
    private final MockRegistrySerdes serdes = new MockRegistrySerdes();
    private final SchemaRegistryClient registry = serdes.registry;

    @Test
    void shouldWriteMagicByteIdAndAvroBinaryWhenSerializing() {
        byte[] bytes = serdes.serializer(false).serialize("news", v1("Hi", 1));
        int id = registry.getLatestSchemaMetadata("news-value").id();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertThat(buffer.get()).isZero();
        assertThat(buffer.getInt()).isEqualTo(id);
        // Avro binary of {"Hi", 1}: string length 2 zig-zag = 4, 'H', 'i', int 1 zig-zag = 2
        assertThat(java.util.Arrays.copyOfRange(bytes, 5, bytes.length)).containsExactly(4, 'H', 'i', 2);
    }

    @Test
    void shouldDecodeV1DataIntoV2ClassWhenSpecificReaderIsOn() {
        byte[] bytes = serdes.serializer(false).serialize("news", v1("Old headline", 2));
        Object decoded = serdes.deserializer(false, AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, "true").deserialize("news", bytes);
        assertThat(decoded).isInstanceOf(Headline.class);
        Headline headline = (Headline) decoded;
        assertThat(headline.getTitle()).isEqualTo("Old headline");
        assertThat(headline.getLang()).isEqualTo("en");
        assertThat(headline.getPublishedAt()).isNull();
    }

    @Test
    void shouldRoundTripSpecificRecordWithLogicalTypesWhenUsingSpecificSerde() {
        SpecificAvroSerde<Headline> serde = new SpecificAvroSerde<>();
        serde.configure(serdes.configs(), false);
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
        serde.configure(serdes.configs(), true);
        GenericRecord record = v1("Key", 3);
        GenericRecord back = serde.deserializer().deserialize("news", serde.serializer().serialize("news", record));
        assertThat(back.toString()).isEqualTo(record.toString());
        assertThat(registry.getAllSubjects()).containsExactly("news-key");
    }

    @Test
    void shouldMapNullToNullAndRegisterNothingWhenTombstone() {
        assertThat(serdes.serializer(false).serialize("news", null)).isNull();
        assertThat(serdes.deserializer(false).deserialize("news", null)).isNull();
        assertThat(registry.getAllSubjects()).isEmpty();
    }

    @Test
    void shouldRoundTripPrimitivesWhenValueIsNotARecord() {
        KafkaAvroSerializer serializer = serdes.serializer(true);
        KafkaAvroDeserializer deserializer = serdes.deserializer(true);
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
        KafkaAvroDeserializer deserializer = serdes.deserializer(false);
        assertThatThrownBy(() -> deserializer.deserialize("raw-in", "{\"json\":1}".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("raw-in")
                .hasMessageContaining("unknown magic byte 0x7b");
        assertThatThrownBy(() -> deserializer.deserialize("raw-in", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("raw-in").hasMessageContaining("2 bytes");
        assertThatThrownBy(() -> deserializer.deserialize("raw-in", new byte[] {0, 0, 0, 0, 77, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("raw-in")
                .hasMessageContaining("schema id 77 is unknown");
        byte[] good = serdes.serializer(false).serialize("raw-in", v1("Truncated title", 5));
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
        byte[] bytes = serdes.serializer(false).serialize("t", record);
        assertThatThrownBy(() -> serdes.deserializer(false, AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true).deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("x.y.Nowhere").hasMessageContaining("'t'");
    }
}
