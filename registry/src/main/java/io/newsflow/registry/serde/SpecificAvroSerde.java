package io.newsflow.registry.serde;

import java.util.HashMap;
import java.util.Map;

import io.newsflow.registry.client.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka Streams serde for generated Avro classes in Confluent's wire format. It forces
 * {@code specific.avro.reader=true}, so records decode into the class on the classpath, with
 * older writer schemas resolved into it.
 *
 * @param <T> the generated class
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final KafkaAvroSerializer serializer;
    private final KafkaAvroDeserializer deserializer;

    /** Builds its client from the configs given to {@link #configure}. */
    public SpecificAvroSerde() {
        this.serializer = new KafkaAvroSerializer();
        this.deserializer = new KafkaAvroDeserializer();
    }

    /** Uses this client; works as a value serde at once, {@link #configure} may still change it. */
    public SpecificAvroSerde(SchemaRegistryClient client) {
        this.serializer = new KafkaAvroSerializer(client);
        this.deserializer = new KafkaAvroDeserializer(client,
                Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specific = new HashMap<>(configs);
        specific.put(AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true);
        serializer.configure(specific, isKey);
        deserializer.configure(specific, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer::serialize;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> (T) deserializer.deserialize(topic, bytes);
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }
}
