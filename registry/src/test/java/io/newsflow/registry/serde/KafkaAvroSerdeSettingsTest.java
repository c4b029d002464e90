package io.newsflow.registry.serde;

import static io.newsflow.registry.serde.MockRegistrySerdes.HEADLINE_V1;
import static io.newsflow.registry.serde.MockRegistrySerdes.v1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.testdata.Headline;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The serdes' settings: subject name strategies (ours and Confluent's class names), malformed
 * settings named in the error, looking schemas up instead of registering them, and writing with
 * the latest registered version. The wire format and round trips: {@link KafkaAvroSerdeTest}.
 */
class KafkaAvroSerdeSettingsTest {
    @AutoClose
    private final MockRegistrySerdes serdes = new MockRegistrySerdes();
    private final SchemaRegistryClient registry = serdes.registry;

    @Test
    void shouldNameSubjectsPerStrategyWhenConfiguredByOurOrConfluentClassNames() {
        serdes.serializer(false).serialize("t1", v1("a", 1));
        serdes.serializer(true, AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.RecordNameStrategy").serialize("t2", v1("a", 1));
        serdes.serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy").serialize("t3", v1("a", 1));
        serdes.serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class)
                .serialize("t4", v1("a", 1));
        serdes.serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, RecordNameStrategy.class.getName())
                .serialize("t5", v1("a", 1));
        assertThat(registry.getAllSubjects()).containsExactlyInAnyOrder("t1-value",
                "io.newsflow.registry.testdata.Headline", "t3-io.newsflow.registry.testdata.Headline",
                "t4-io.newsflow.registry.testdata.Headline");
    }

    @Test
    void shouldFailNamingKeyWhenConfigIsMalformed() {
        assertThatThrownBy(() -> serdes.serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "com.example.Nope"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("value.subject.name.strategy");
        assertThatThrownBy(() -> serdes.serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "yes"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("auto.register.schemas");
        assertThatThrownBy(() -> serdes.serializer(false, AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY, String.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not implement");
    }

    @Test
    void shouldLookUpInsteadOfRegisteringWhenAutoRegisterIsOff() {
        KafkaAvroSerializer lookupOnly = serdes.serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
        assertThatThrownBy(() -> lookupOnly.serialize("news", v1("a", 1)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("news-value").hasMessageContaining("40401");
        int id = registry.register("news-value", HEADLINE_V1);
        assertThat(ByteBuffer.wrap(lookupOnly.serialize("news", v1("a", 1)), 1, 4).getInt()).isEqualTo(id);
        assertThat(registry.getAllVersions("news-value")).containsExactly(1);
    }

    @Test
    void shouldWriteWithLatestSchemaWhenUseLatestVersionIsOn() {
        int latest = registry.register("news-value", Headline.getClassSchema());
        byte[] bytes = serdes.serializer(false, AvroSerdeConfig.USE_LATEST_VERSION, true,
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false).serialize("news", v1("Up", 1));
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(latest);
        Headline decoded = (Headline) serdes.deserializer(false, AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true)
                .deserialize("news", bytes);
        assertThat(decoded.getLang()).isEqualTo("en");
        assertThat(registry.getAllVersions("news-value")).containsExactly(1);
    }
}
