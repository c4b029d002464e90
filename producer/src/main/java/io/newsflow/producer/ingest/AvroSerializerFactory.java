package io.newsflow.producer.ingest;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Creates the value serializer for Avro events ({@code Article}, {@code RejectedInput}). The
 * producer does not choose the wire format: the application plugs in the schema registry's
 * serializer here, tests a plain Avro one. The config is the producer config, including
 * {@code schema.registry.url} when set; the returned serializer must already be configured.
 */
@FunctionalInterface
public interface AvroSerializerFactory {

    /** A configured value serializer. */
    Serializer<? super SpecificRecord> create(Map<String, Object> config);

    /** Narrows a serializer of any Avro record to one record type, delegating configure and close. */
    static <T extends SpecificRecord> Serializer<T> narrow(Serializer<? super SpecificRecord> serializer) {
        return new Serializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean isKey) {
                serializer.configure(configs, isKey);
            }

            @Override
            public byte[] serialize(String topic, T data) {
                return serializer.serialize(topic, data);
            }

            @Override
            public void close() {
                serializer.close();
            }
        };
    }
}
