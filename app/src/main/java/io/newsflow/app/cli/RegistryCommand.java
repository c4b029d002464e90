package io.newsflow.app.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.newsflow.app.config.LayeredConfig;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow registry}: serves the Confluent Schema Registry REST API, storing schemas in a
 * compacted Kafka topic so ids survive restarts. For users without Confluent Schema Registry,
 * Karapace or Redpanda at hand.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
    description = {"Run the Confluent-compatible Schema Registry (REST API on --port, schemas in Kafka).",
        "Settings: defaults < --config FILE < NEWSFLOW_* environment < flags."})
public final class RegistryCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file (bootstrap.servers, registry.port, registry.host, registry.topic).")
    java.nio.file.Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka cluster that stores the schemas.")
    String bootstrapServers;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8081).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: 127.0.0.1).")
    String host;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "The compacted topic holding the schemas (default: _schemas).")
    String topic;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", bootstrapServers);
        flags.put("registry.port", port == null ? null : port.toString());
        flags.put("registry.host", host);
        flags.put("registry.topic", topic);
        Map<String, String> settings = LayeredConfig.resolve(
            Map.of("registry.port", "8081", "registry.host", "127.0.0.1", "registry.topic", "_schemas"),
            configFile, System.getenv(), flags);
        SchemaRegistryServerConfig config = new SchemaRegistryServerConfig(settings.get("registry.host"),
            portOf(settings.get("registry.port")), settings.get("bootstrap.servers"), settings.get("registry.topic"));

        CountDownLatch stopped = new CountDownLatch(1);
        try (SchemaRegistryServer server = SchemaRegistryServer.start(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "newsflow-registry-shutdown"));
            System.err.println("newsflow registry: listening on " + server.url() + " (schemas in topic "
                + config.schemasTopic() + " on " + config.kafkaBootstrapServers() + ")");
            stopped.await();
        }
        return 0;
    }

    private static int portOf(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for configuration registry.port: expected a port number");
        }
    }
}
