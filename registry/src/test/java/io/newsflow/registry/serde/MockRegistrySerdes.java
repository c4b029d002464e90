package io.newsflow.registry.serde;

import java.util.HashMap;
import java.util.Map;

import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.registry.client.SchemaRegistryClient;
import io.newsflow.registry.testdata.Headline;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * What the serde tests share: a fresh mock:// registry scope per test (dropped on close), the
 * serializers and deserializers configured on it, and records of the first version of
 * {@link Headline}.
 */
final class MockRegistrySerdes implements AutoCloseable {
    /** Version 1 of {@link Headline}: no 'lang', no 'publishedAt'. */
    static final Schema HEADLINE_V1 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Headline\","
            + "\"namespace\":\"io.newsflow.registry.testdata\",\"fields\":[{\"name\":\"title\",\"type\":\"string\"},"
            + "{\"name\":\"words\",\"type\":\"int\"}]}");

    private final String scope = "serde-test-" + System.nanoTime();
    final SchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(scope);

    /** The scope's URL, then the given key and value pairs. */
    Map<String, Object> configs(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        map.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://" + scope);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    KafkaAvroSerializer serializer(boolean isKey, Object... pairs) {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(configs(pairs), isKey);
        return serializer;
    }

    KafkaAvroDeserializer deserializer(boolean isKey, Object... pairs) {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(configs(pairs), isKey);
        return deserializer;
    }

    static GenericRecord v1(String title, int words) {
        GenericRecord record = new GenericData.Record(HEADLINE_V1);
        record.put("title", title);
        record.put("words", words);
        return record;
    }

    @Override
    public void close() {
        MockSchemaRegistry.dropScope(scope);
    }
}
