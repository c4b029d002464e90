package io.newsflow.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void shouldUseTunedDefaultsWhenOnlyBootstrapIsGiven() {
        ProducerSettings s = ProducerSettings.defaults("127.0.0.1:9092");
        Map<String, Object> config = s.kafkaConfig("c");
        assertThat(config).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 262144)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 10);
        assertThat(s.maxInputBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(s.articlesTopic()).isEqualTo("articles.raw");
        assertThat(s.rejectedTopic()).isEqualTo("articles.rejected");
    }

    @Test
    void shouldParseSizesWhenGivenWithUnits() {
        assertThat(ProducerSettings.parseSize("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(ProducerSettings.parseSize("512kb")).isEqualTo(512L * 1024);
        assertThat(ProducerSettings.parseSize("1000")).isEqualTo(1000L);
    }

    @Test
    void shouldFailFastNamingKeyAndValueWhenAValueIsBad() {
        assertThatThrownBy(() -> ProducerSettings.fromMap(Map.of("bootstrap.servers", "localhost")))
                .hasMessageContaining("'bootstrap.servers'").hasMessageContaining("'localhost'");
        assertThatThrownBy(() -> ProducerSettings.fromMap(Map.of("bootstrap.servers", "h:1", "max.input.bytes", "five")))
                .hasMessageContaining("'max.input.bytes'").hasMessageContaining("'five'");
        assertThatThrownBy(() -> ProducerSettings.fromMap(Map.of("bootstrap.servers", "h:1", "compression.type", "brotli")))
                .hasMessageContaining("'compression.type'").hasMessageContaining("'brotli'");
        assertThatThrownBy(() -> ProducerSettings.fromMap(Map.of("bootstrap.servers", "h:1", "linger.ms", "soon")))
                .hasMessageContaining("'linger.ms'").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> ProducerSettings.fromMap(Map.of("bootstrap.servers", "h:1", "topic.articles", "bad topic")))
                .hasMessageContaining("'topic.articles'");
        assertThatThrownBy(() -> ProducerSettings.fromMap(Map.of("bootstrap.servers", "h:1", "schema.registry.url", "registry:8081")))
                .hasMessageContaining("'schema.registry.url'");
        assertThatThrownBy(() -> ProducerSettings.fromMap(Map.of("bootstrap.servers", "h:1", "acks", "1")))
                .hasMessageContaining("'acks'");
    }
}
