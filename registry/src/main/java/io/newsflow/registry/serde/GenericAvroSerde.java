package io.newsflow.registry.serde;

import java.util.Map;

import io.newsflow.registry.client.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka Streams serde for {@link GenericRecord} in Confluent's wire format. Internal topics
 * (changelogs, repartitions) go through it too, so their subjects get registered like any other.
 */
public class GenericAvroSerde implements Serde<GenericRecord> {
    private final KafkaAvroSerializer serializer;
    private final KafkaAvroDeserializer deserializer;

    /** Builds its client from the configs given to {@link #configure}. */
    public GenericAvroSerde() {
        this.serializer = new KafkaAvroSerializer();
        this.deserializer = new KafkaAvroDeserializer();
    }

    /** Uses this client. */
    public GenericAvroSerde(SchemaRegistryClient client) {
        this.serializer = new KafkaAvroSerializer(client);
        this.deserializer = new KafkaAvroDeserializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        return serializer::serialize;
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        return (topic, bytes) -> (GenericRecord) deserializer.deserialize(topic, bytes);
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }
}
