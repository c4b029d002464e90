package io.newsflow.registry.serde;

import java.io.IOException;
import java.util.Map;

import io.newsflow.registry.client.RestClientException;
import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.client.SchemaRegistryClientFactory;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Confluent-compatible Avro deserializer: reads the schema id after magic byte 0, fetches the
 * writer schema (cached), and decodes. With {@code specific.avro.reader=true} it decodes into the
 * generated class named by the writer schema (or {@code specific.avro.key/value.type}), resolving
 * the writer schema against the class's schema, so data written with v1 decodes into a v2 class.
 * Otherwise it returns a {@code GenericRecord} (or the primitive). Bad bytes fail with a
 * {@link SerializationException} naming the topic and the problem.
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {
    private SchemaRegistryClient client;
    private AvroSerdeConfig config;
    private boolean isKey;
    private final AvroCodec codec = new AvroCodec();

    /** For Kafka's reflective construction; {@link #configure} then builds the client. */
    public KafkaAvroDeserializer() {
    }

    /**
     * Uses this client instead of one built from the configs; works at once with the defaults of
     * a value serde, and {@link #configure} may still change them.
     */
    public KafkaAvroDeserializer(SchemaRegistryClient client) {
        this.client = client;
        this.config = AvroSerdeConfig.from(Map.of());
    }

    /** Uses this client, configured at once as a value deserializer. */
    public KafkaAvroDeserializer(SchemaRegistryClient client, Map<String, ?> configs) {
        this(client);
        configure(configs, false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs);
        this.isKey = isKey;
        if (client == null) {
            client = SchemaRegistryClientFactory.create(configs);
        }
    }

    @Override
    public Object deserialize(String topic, byte[] bytes) {
        return deserialize(topic, bytes, null);
    }

    /**
     * Decodes with an explicit reader schema (generic data), e.g. to read old data in a new shape.
     *
     * @param readerSchema the schema to resolve into, or {@code null} for the configured behaviour
     */
    public Object deserialize(String topic, byte[] bytes, Schema readerSchema) {
        if (bytes == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("KafkaAvroDeserializer used before configure()");
        }
        int id = WireFormat.schemaId(topic, bytes);
        Schema writer;
        try {
            writer = client.getSchemaById(id);
        } catch (RestClientException e) {
            throw new SerializationException("Cannot deserialize Avro data of topic '" + topic + "': schema id " + id
                    + (e.errorCode() == 40403 ? " is unknown to the registry" : " could not be fetched")
                    + " (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot deserialize Avro data of topic '" + topic
                    + "': fetching schema id " + id + " failed: " + e.getMessage(), e);
        }
        Class<?> readerClass = readerSchema == null ? readerClass(topic, writer) : null;
        Schema reader = readerSchema != null ? readerSchema
                : readerClass != null ? SpecificData.getForClass(readerClass).getSchema(readerClass) : writer;
        try {
            return codec.decode(bytes, writer, reader, readerClass);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException e) {
            throw new SerializationException("Cannot deserialize Avro data of topic '" + topic + "' written with schema id "
                    + id + " (" + writer.getFullName() + ") into " + reader.getFullName() + ": " + e, e);
        }
    }

    private Class<?> readerClass(String topic, Schema writer) {
        Class<?> configured = config.readerType(isKey);
        if (configured != null) {
            return configured;
        }
        if (!config.specificReader() || !isNamed(writer)) {
            return null;
        }
        Class<?> found = SpecificData.get().getClass(writer);
        if (found == null) {
            throw new SerializationException("Cannot deserialize Avro data of topic '" + topic + "': could not find class "
                    + writer.getFullName() + " specified in writer's schema whilst finding reader's schema for a "
                    + "SpecificRecord (specific.avro.reader=true)");
        }
        return found;
    }

    private static boolean isNamed(Schema schema) {
        return schema.getType() == Schema.Type.RECORD || schema.getType() == Schema.Type.ENUM
                || schema.getType() == Schema.Type.FIXED;
    }

    @Override
    public void close() {
        // the client may be shared (mock scopes, injected clients): its owner closes it
    }
}
