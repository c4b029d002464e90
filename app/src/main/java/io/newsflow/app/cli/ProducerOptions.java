package io.newsflow.app.cli;

import io.newsflow.producer.ingest.ProducerSettings;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where {@code newsflow produce} publishes: the Kafka cluster, the schema registry, the topics and
 * the largest input accepted, as command-line options turned into validated
 * {@link ProducerSettings}. A picocli mixin, so the command keeps only what it does with them.
 */
final class ProducerOptions {

    @Option(names = "--bootstrap-servers", defaultValue = "${env:NEWSFLOW_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
        description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", defaultValue = "${env:NEWSFLOW_SCHEMA_REGISTRY_URL:-http://127.0.0.1:8081}",
        description = "Schema Registry URL, handed to the Avro serializer (default: ${DEFAULT-VALUE}).")
    String schemaRegistryUrl;

    @Option(names = "--max-input-size", defaultValue = "5MB", description = "Largest input file accepted (default: ${DEFAULT-VALUE}).")
    String maxInputSize;

    @Option(names = "--topic", defaultValue = "articles.raw", description = "Topic for parsed articles (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--rejected-topic", defaultValue = "articles.rejected", description = "Topic for rejected inputs (default: ${DEFAULT-VALUE}).")
    String rejectedTopic;

    /** The settings these options give; throws {@link IllegalArgumentException} naming a bad value. */
    ProducerSettings settings() {
        Map<String, String> values = new HashMap<>();
        values.put(ProducerSettings.BOOTSTRAP_SERVERS, bootstrapServers);
        if (schemaRegistryUrl != null) {
            values.put(ProducerSettings.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        }
        values.put(ProducerSettings.MAX_INPUT_BYTES, maxInputSize);
        values.put(ProducerSettings.ARTICLES_TOPIC, topic);
        values.put(ProducerSettings.REJECTED_TOPIC, rejectedTopic);
        return ProducerSettings.fromMap(values);
    }
}
