package io.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayeredConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldLetFlagsBeatEnvironmentBeatFileBeatDefaultsWhenAllSetAKey() throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nschema.registry.url=http://file:8081\napplication.id=from-file\n");
        Map<String, String> env = Map.of("NEWSFLOW_SCHEMA_REGISTRY_URL", "http://env:8081", "NEWSFLOW_APPLICATION_ID", "from-env");
        Map<String, String> flags = new HashMap<>();
        flags.put("application.id", "from-flag");
        flags.put("bootstrap.servers", null);

        Map<String, String> merged = LayeredConfig.resolve(Map.of("num.stream.threads", "1", "bootstrap.servers", "default:9092"),
            file, env, flags);

        assertThat(merged).containsEntry("num.stream.threads", "1")
            .containsEntry("bootstrap.servers", "file:9092")
            .containsEntry("schema.registry.url", "http://env:8081")
            .containsEntry("application.id", "from-flag");
    }

    @Test
    void shouldPassKafkaClientSettingsThroughWhenGivenAsKafkaEnvironmentVariables() {
        assertThat(LayeredConfig.fromEnvironment(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL", "KAFKA_OPTS", "-Dx", "HOME", "/root")))
            .containsExactly(Map.entry("security.protocol", "SSL"));
    }

    @Test
    void shouldNameTheFileWhenItCannotBeRead() {
        Path missing = dir.resolve("missing.properties");
        assertThatThrownBy(() -> LayeredConfig.resolve(Map.of(), missing, Map.of(), Map.of()))
            .hasMessageContaining(missing.toString());
    }
}
