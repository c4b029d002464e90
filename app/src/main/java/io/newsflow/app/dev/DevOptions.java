package io.newsflow.app.dev;

import java.nio.file.Path;

/**
 * How {@code newsflow dev} lays out its embedded stack.
 *
 * @param dataDir      where the broker's data and the streams state live (kept across restarts)
 * @param kafkaPort    the broker's client port
 * @param registryPort the Schema Registry's HTTP port
 * @param httpPort     the app's HTTP port (ingestion, API, dashboard, health)
 * @param partitions   partitions of each topic created on a fresh broker
 */
public record DevOptions(Path dataDir, int kafkaPort, int registryPort, int httpPort, int partitions) {
    public DevOptions {
        checkPort("--kafka-port", kafkaPort);
        checkPort("--registry-port", registryPort);
        checkPort("--http-port", httpPort);
        if (partitions < 1 || partitions > 64) {
            throw new IllegalArgumentException("Invalid value '" + partitions + "' for --partitions: expected 1 to 64");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    private static void checkPort(String option, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Invalid value '" + port + "' for " + option + ": expected a port from 0 to 65535 (0 = any free)");
        }
    }
}
