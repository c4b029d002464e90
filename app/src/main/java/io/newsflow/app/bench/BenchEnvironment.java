package io.newsflow.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.newsflow.app.dev.TopicProvisioner;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import io.newsflow.streams.config.StreamsSettings;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The benchmark's own cluster: one embedded broker on free ports with its data in a fresh
 * temporary directory, and the project's Schema Registry on it. Closing stops both and deletes
 * the directory, so runs never see each other's data.
 */
final class BenchEnvironment implements AutoCloseable {
    private final Path dir;
    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registry;
    private final int partitions;

    private BenchEnvironment(Path dir, EmbeddedKafka kafka, SchemaRegistryServer registry, int partitions) {
        this.dir = dir;
        this.kafka = kafka;
        this.registry = registry;
        this.partitions = partitions;
    }

    static BenchEnvironment start(int partitions) {
        Path dir = EmbeddedKafka.tempDataDir();
        EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
        try {
            SchemaRegistryServer registry = SchemaRegistryServer.start(new SchemaRegistryServerConfig(
                "127.0.0.1", 0, kafka.bootstrapServers(), "_schemas"));
            return new BenchEnvironment(dir, kafka, registry, partitions);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Creates the missing topics among {@code names} with the benchmark's partition count. */
    void createTopics(List<String> names) {
        new TopicProvisioner(kafka.bootstrapServers(), partitions, (short) 1).ensure(names);
    }

    /** The product's producer settings on this cluster, with {@code overrides} applied. */
    ProducerSettings producerSettings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(overrides);
        values.put(ProducerSettings.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        values.put(ProducerSettings.SCHEMA_REGISTRY_URL, registry.url());
        return ProducerSettings.fromMap(values);
    }

    /** The product's streams settings (as {@code newsflow dev} runs) on this cluster, with {@code overrides} applied. */
    StreamsSettings streamsSettings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000");
        values.putAll(overrides);
        values.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        values.put("schema.registry.url", registry.url());
        values.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams").toString());
        return StreamsSettings.fromMap(values);
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
            deleteRecursively(dir);
        }
    }

    static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's data in " + root, e);
        }
    }
}
