package io.newsflow.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.newsflow.streams.config.StreamsSettings;
import org.junit.jupiter.api.Test;

class StatsConfigTest {

    @Test
    void shouldDefaultToThirtySecondsWhenGraceIsNotSet() {
        assertThat(StatsConfig.fromMap(Map.of()).grace()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldReadGraceWhenSetAsIsoDuration() {
        assertThat(StatsConfig.fromMap(Map.of("newsflow.stats.grace", "PT2M")).grace()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void shouldNameKeyAndValueWhenGraceIsInvalid() {
        assertThatThrownBy(() -> StatsConfig.fromMap(Map.of("newsflow.stats.grace", "30s")))
            .hasMessage("Invalid value '30s' for configuration newsflow.stats.grace: expected an ISO-8601 duration such as PT30S");
        assertThatThrownBy(() -> StatsConfig.fromMap(Map.of("newsflow.stats.grace", "-PT1S")))
            .hasMessage("Invalid value 'PT-1S' for configuration newsflow.stats.grace: expected a duration from PT0S to P1D");
    }

    @Test
    void shouldKeepGraceOutOfKafkaSettingsWhenReadByStreamsSettings() {
        StreamsSettings settings = StreamsSettings.fromMap(Map.of("bootstrap.servers", "127.0.0.1:9092",
            "schema.registry.url", "mock://x", "newsflow.stats.grace", "PT1M"));
        assertThat(settings.stats().grace()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.toProperties()).doesNotContainKey("newsflow.stats.grace");
    }
}
