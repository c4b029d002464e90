package io.newsflow.registry.server;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Settings of the registry server, validated on construction so a bad value fails at start-up
 * naming the setting.
 *
 * @param host                  the interface to bind, normally {@code 127.0.0.1}
 * @param port                  the HTTP port; 0 picks any free port (tests)
 * @param kafkaBootstrapServers the Kafka cluster holding the schemas topic; {@code null} only
 *                              when the server is started with an explicit store
 * @param schemasTopic          the compacted topic holding every schema ({@code _schemas}, as Confluent)
 */
public record SchemaRegistryServerConfig(String host, int port, String kafkaBootstrapServers, String schemasTopic) {
    /** Confluent's default port. */
    public static final int DEFAULT_PORT = 8081;
    /** Confluent's default topic. */
    public static final String DEFAULT_SCHEMAS_TOPIC = "_schemas";
    /** Largest accepted request body: far above any real schema, small enough to never exhaust memory. */
    public static final long MAX_REQUEST_BYTES = 4L * 1024 * 1024;
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    /** Validates; a {@code null} topic means {@value #DEFAULT_SCHEMAS_TOPIC}. */
    public SchemaRegistryServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("registry host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("registry port " + port + " is not in 0..65535");
        }
        if (kafkaBootstrapServers != null && kafkaBootstrapServers.isBlank()) {
            throw new IllegalArgumentException("registry kafkaBootstrapServers must not be blank");
        }
        schemasTopic = schemasTopic == null ? DEFAULT_SCHEMAS_TOPIC : schemasTopic;
        if (!TOPIC.matcher(schemasTopic).matches() || schemasTopic.equals(".") || schemasTopic.equals("..")) {
            throw new IllegalArgumentException("registry schemas topic '" + schemasTopic + "' is not a valid Kafka topic name");
        }
    }

    /**
     * A Kafka-backed server config.
     *
     * @throws IllegalArgumentException naming the setting when a value is invalid
     */
    public static SchemaRegistryServerConfig of(String host, int port, String kafkaBootstrapServers, String schemasTopic) {
        if (kafkaBootstrapServers == null) {
            throw new IllegalArgumentException("registry kafkaBootstrapServers is required");
        }
        return new SchemaRegistryServerConfig(host, port, kafkaBootstrapServers, schemasTopic);
    }

    /** 127.0.0.1:8081 storing into {@code _schemas} on the given cluster. */
    public static SchemaRegistryServerConfig defaults(String kafkaBootstrapServers) {
        return of("127.0.0.1", DEFAULT_PORT, kafkaBootstrapServers, DEFAULT_SCHEMAS_TOPIC);
    }

    /**
     * From Confluent's property names ({@code host.name}, {@code port}... {@code listeners} is not
     * supported), with {@code kafkastore.bootstrap.servers} and {@code kafkastore.topic}.
     */
    public static SchemaRegistryServerConfig fromProperties(Map<String, String> properties) {
        String port = properties.getOrDefault("port", Integer.toString(DEFAULT_PORT));
        try {
            return of(properties.getOrDefault("host.name", "127.0.0.1"), Integer.parseInt(port.trim()),
                    properties.get("kafkastore.bootstrap.servers"), properties.get("kafkastore.topic"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("registry port '" + port + "' is not a number", e);
        }
    }

    /** The URL clients use: the bound host, or 127.0.0.1 for a wildcard bind. */
    String url(int boundPort) {
        String visible = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (visible.contains(":") ? "[" + visible + "]" : visible) + ":" + boundPort;
    }
}
