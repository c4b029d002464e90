package io.newsflow.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RestClientConfigTest {

    @Test
    void shouldSplitUrlsAndApplyConfluentDefaultsWhenOnlyUrlGiven() {
        RestClientConfig config = RestClientConfig.from(Map.of("schema.registry.url", " http://a:8081/ , https://b:443"));
        assertThat(config.urls()).containsExactly(URI.create("http://a:8081"), URI.create("https://b:443"));
        assertThat(config.authorization()).isEmpty();
        assertThat(config.maxRetries()).isEqualTo(3);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldAcceptPrefixedKeysAndListsWhenConfiguredLikeConfluentSerdes() {
        RestClientConfig config = RestClientConfig.from(Map.of("schema.registry.url", List.of("http://a:1", "http://b:2"),
                "schema.registry.basic.auth.user.info", "u:p", "schema.registry.basic.auth.credentials.source", "USER_INFO",
                "http.read.timeout.ms", "1500"));
        assertThat(config.urls()).hasSize(2);
        assertThat(config.authorization()).contains("Basic dTpw");
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void shouldFailNamingKeyWhenValueIsBad() {
        assertThatThrownBy(() -> RestClientConfig.from(Map.of("schema.registry.url", "ftp://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url").hasMessageContaining("ftp://x");
        assertThatThrownBy(() -> RestClientConfig.from(Map.of("schema.registry.url", "http://x:1", "max.retries", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("max.retries");
        assertThatThrownBy(() -> RestClientConfig.from(Map.of("schema.registry.url", "http://x:1",
                "basic.auth.credentials.source", "SASL_INHERIT"))).hasMessageContaining("basic.auth.credentials.source");
        assertThatThrownBy(() -> RestClientConfig.from(Map.of("schema.registry.url", "http://x:1",
                "basic.auth.credentials.source", "USER_INFO"))).hasMessageContaining("basic.auth.user.info");
        assertThatThrownBy(() -> RestClientConfig.from(Map.of("schema.registry.url", "http://u:p@x:1",
                "bearer.auth.token", "t"))).hasMessageContaining("bearer.auth.token");
        assertThatThrownBy(() -> RestClientConfig.from(Map.of("schema.registry.url", "http://x:1",
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "nocolon")))
                .hasMessageContaining("user:password").hasMessageNotContaining("nocolon");
    }
}
