package io.newsflow.app.dev;

import java.util.Map;

import io.newsflow.producer.ingest.AvroSerializerFactory;
import io.newsflow.registry.client.RestClientConfig;
import io.newsflow.registry.serde.KafkaAvroSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The Schema Registry's Avro value serializer (Confluent wire format), configured: the one way
 * every producer of the app ({@code dev}, {@code POST /articles}, {@code produce}) gets it.
 */
public final class RegistrySerializers {

    private RegistrySerializers() {
    }

    /**
     * A configured value serializer of any Avro record; fits {@link AvroSerializerFactory}. Unless
     * {@code max.retries} is set, it waits out a registry outage of about 90 s
     * ({@link RestClientConfig#withOutageRetries}) rather than failing the send.
     */
    public static Serializer<Object> create(Map<String, ?> serdeConfig) {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(RestClientConfig.withOutageRetries(serdeConfig), false);
        return serializer;
    }

    /** A configured value serializer narrowed to one record type. */
    public static <T extends SpecificRecord> Serializer<T> forRecords(Map<String, ?> serdeConfig) {
        return AvroSerializerFactory.narrow(create(serdeConfig));
    }
}
