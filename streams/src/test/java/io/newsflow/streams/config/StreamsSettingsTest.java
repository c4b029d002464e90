package io.newsflow.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {
    private static final Map<String, String> MINIMAL = Map.of(
        "bootstrap.servers", "127.0.0.1:9092", "schema.registry.url", "http://127.0.0.1:8081");

    @Test
    void shouldDefaultToExactlyOnceWhenOnlyConnectionsAreGiven() {
        StreamsSettings settings = StreamsSettings.fromMap(MINIMAL);
        assertThat(settings.processingGuarantee()).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(settings.toProperties()).containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow")
            .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq");
    }

    @Test
    void shouldPassUnknownKeysToKafkaWhenTheyAreClientSettings() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("security.protocol", "SASL_SSL");
        assertThat(StreamsSettings.fromMap(map).toProperties()).containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void shouldNameKeyAndValueWhenNumberIsMalformed() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("num.stream.threads", "two");
        assertThatThrownBy(() -> StreamsSettings.fromMap(map))
            .hasMessage("Invalid value 'two' for configuration num.stream.threads: expected a whole number");
    }

    @Test
    void shouldNameKeyAndValueWhenGuaranteeIsUnknown() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("processing.guarantee", "exactly_once");
        assertThatThrownBy(() -> StreamsSettings.fromMap(map))
            .hasMessageContaining("'exactly_once'").hasMessageContaining("processing.guarantee");
    }

    @Test
    void shouldRejectMissingBootstrapServersWhenNoneIsConfigured() {
        assertThatThrownBy(() -> StreamsSettings.fromMap(Map.of("schema.registry.url", "http://x:1")))
            .hasMessageContaining("bootstrap.servers");
    }

    @Test
    void shouldPassRegistryAuthToSerdesWhenConfigured() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("basic.auth.user.info", "u:p");
        map.put("basic.auth.credentials.source", "USER_INFO");
        assertThat(StreamsSettings.fromMap(map).serdeConfig()).containsEntry("basic.auth.user.info", "u:p")
            .containsEntry("schema.registry.url", "http://127.0.0.1:8081");
    }

    @Test
    void shouldNameKeyAndValueWhenBootstrapServersHaveNoPort() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("bootstrap.servers", "nope");
        assertThatThrownBy(() -> StreamsSettings.fromMap(map))
            .hasMessage("Invalid value 'nope' for configuration bootstrap.servers: expected host:port[,host:port...]");
    }

    @Test
    void shouldAdvertiseApplicationServerWhenHostPortIsGiven() {
        StreamsSettings settings = StreamsSettings.fromMap(MINIMAL).withApplicationServer("127.0.0.1:17001");
        assertThat(settings.applicationServer()).hasValue("127.0.0.1:17001");
        assertThat(settings.toProperties()).containsEntry(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:17001");
    }

    @Test
    void shouldNameKeyAndValueWhenApplicationServerHasNoPort() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("application.server", "http://127.0.0.1");
        assertThatThrownBy(() -> StreamsSettings.fromMap(map))
            .hasMessageStartingWith("Invalid value 'http://127.0.0.1' for configuration application.server: expected host:port");
    }

    @Test
    void shouldReadIndexRetentionAndKeepItFromKafkaWhenConfigured() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("newsflow.index.retention", "PT6H");
        StreamsSettings settings = StreamsSettings.fromMap(map);
        assertThat(settings.indexRetention()).isEqualTo(java.time.Duration.ofHours(6));
        assertThat(settings.toProperties()).doesNotContainKey("newsflow.index.retention");
        assertThat(StreamsSettings.fromMap(MINIMAL).indexRetention()).isEqualTo(java.time.Duration.ofHours(24));
    }

    @Test
    void shouldNameKeyAndValueWhenIndexRetentionIsNotADuration() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("newsflow.index.retention", "24h");
        assertThatThrownBy(() -> StreamsSettings.fromMap(map))
            .hasMessage("Invalid value '24h' for configuration newsflow.index.retention: expected a positive ISO-8601 duration such as PT24H");
    }

    @Test
    void shouldPassStandbyReplicasToKafkaStreamsWhenConfigured() {
        var map = new java.util.HashMap<>(MINIMAL);
        map.put("num.standby.replicas", "1");
        assertThat(StreamsSettings.fromMap(map).toProperties()).containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "1");
    }

    @Test
    void shouldNameKeyAndValueWhenStandbyReplicasAreNotACount() {
        for (String bad : new String[] {"two", "-1", "17"}) {
            var map = new java.util.HashMap<>(MINIMAL);
            map.put("num.standby.replicas", bad);
            assertThatThrownBy(() -> StreamsSettings.fromMap(map))
                .hasMessage("Invalid value '" + bad + "' for configuration num.standby.replicas: expected a whole number from 0 to 16");
        }
    }
}
