package io.newsflow.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {
    private final Properties properties = BrokerProperties.of(1, 19092, 19093, Path.of("/tmp/kafka-logs"));

    @Test
    void shouldListenOnLoopbackOnlyWhenPortsAreGiven() {
        assertThat(properties)
            .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
            .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
            .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
            .containsEntry("log.dirs", "/tmp/kafka-logs");
    }

    @Test
    void shouldKeepEveryInternalTopicToOneReplicaWhenTheNodeIsAlone() {
        properties.stringPropertyNames().stream().filter(k -> k.endsWith("replication.factor") || k.endsWith("min.isr"))
            .forEach(k -> assertThat(properties.getProperty(k)).as(k).isEqualTo("1"));
        assertThat(properties).containsEntry("min.insync.replicas", "1");
    }

    @Test
    void shouldBeAcceptedByKafkaWhenReadAsServerConfig() {
        KafkaConfig config = new KafkaConfig(properties, false);
        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(config.autoCreateTopicsEnable()).isFalse();
    }
}
