package io.newsflow.registry.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.newsflow.registry.client.RestClientException;
import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.client.SchemaRegistryClientFactory;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Confluent-compatible Avro serializer: registers (or, with {@code auto.register.schemas=false},
 * looks up) the value's schema under the subject its strategy names, then writes magic byte 0,
 * the 4-byte schema id and the Avro binary. {@code null} stays {@code null} (tombstones register
 * nothing). Bytes it writes are read by Confluent's deserializers in any language.
 */
public class KafkaAvroSerializer implements Serializer<Object> {
    private SchemaRegistryClient client;
    private AvroSerdeConfig config;
    private boolean isKey;
    private final AvroCodec codec = new AvroCodec();
    private final Map<SubjectSchema, Target> targets = new ConcurrentHashMap<>();

    /** For Kafka's reflective construction; {@link #configure} then builds the client. */
    public KafkaAvroSerializer() {
    }

    /**
     * Uses this client instead of one built from the configs; works at once with the defaults of
     * a value serde, and {@link #configure} may still change them.
     */
    public KafkaAvroSerializer(SchemaRegistryClient client) {
        this.client = client;
        this.config = AvroSerdeConfig.from(Map.of());
    }

    /** Uses this client, configured at once as a value serializer. */
    public KafkaAvroSerializer(SchemaRegistryClient client, Map<String, ?> configs) {
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
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("KafkaAvroSerializer used before configure()");
        }
        Schema schema = AvroCodec.schemaOf(data);
        String subject = config.strategy(isKey).subjectName(topic, isKey, schema);
        try {
            Target target = targets.computeIfAbsent(new SubjectSchema(subject, schema), this::resolve);
            Object value = target.schema == schema || target.schema.equals(schema) ? data
                    : codec.convert(data, schema, target.schema);
            return codec.encode(target.id, target.schema, value);
        } catch (RestClientException | UncheckedIOException e) {
            throw new SerializationException("Error " + (config.autoRegister() && !config.useLatestVersion()
                    ? "registering" : "retrieving") + " Avro schema " + schema.getFullName() + " under subject '"
                    + subject + "' for topic '" + topic + "': " + e.getMessage(), e);
        } catch (IOException | AvroRuntimeException | ClassCastException e) {
            throw new SerializationException("Cannot serialize " + schema.getFullName() + " for topic '" + topic
                    + "' (subject '" + subject + "'): " + e.getMessage(), e);
        }
    }

    /** The id and writer schema a (subject, schema) pair is written with; cached, ids never change. */
    private Target resolve(SubjectSchema key) {
        if (config.useLatestVersion()) {
            int id = client.getLatestSchemaMetadata(key.subject).id();
            return new Target(id, client.getSchemaById(id));
        }
        int id = config.autoRegister() ? client.register(key.subject, key.schema, config.normalize())
                : client.getId(key.subject, key.schema, config.normalize());
        return new Target(id, key.schema);
    }

    @Override
    public void close() {
        // the client may be shared (mock scopes, injected clients): its owner closes it
    }

    private record SubjectSchema(String subject, Schema schema) {
    }

    private record Target(int id, Schema schema) {
    }
}
