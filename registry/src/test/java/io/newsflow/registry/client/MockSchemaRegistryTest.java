package io.newsflow.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {
    static final Schema V1 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"int\"}]}");
    static final Schema V2 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}");
    static final Schema V2_BREAKING = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"string\"}]}");

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope("m1");
        MockSchemaRegistry.dropScope("m2");
    }

    @Test
    void shouldShareOneRegistryPerScopeWhenCreatedFromMockUrl() {
        SchemaRegistryClient a = SchemaRegistryClientFactory.create(Map.of("schema.registry.url", "mock://m1"));
        SchemaRegistryClient b = SchemaRegistryClientFactory.create(Map.of("schema.registry.url", "mock://m1"));
        SchemaRegistryClient other = SchemaRegistryClientFactory.create(Map.of("schema.registry.url", "mock://m2"));
        int id = a.register("s", V1);
        assertThat(b.getId("s", V1)).isEqualTo(id);
        assertThat(other.getAllSubjects()).isEmpty();
        MockSchemaRegistry.dropScope("m1");
        assertThat(MockSchemaRegistry.getClientForScope("m1").getAllSubjects()).isEmpty();
    }

    @Test
    void shouldApplyServerSemanticsWhenRegisteringInMemory() {
        SchemaRegistryClient client = MockSchemaRegistry.getClientForScope("m1");
        int id1 = client.register("s", V1);
        assertThat(client.register("s", V1)).isEqualTo(id1);
        assertThat(client.register("other", V1)).isEqualTo(id1);
        int id2 = client.register("s", V2);
        assertThat(client.getLatestSchemaMetadata("s")).isEqualTo(new SchemaMetadata(id2, 2, "s", V2.toString()));
        assertThat(client.getSchemaMetadata("s", 1).id()).isEqualTo(id1);
        assertThat(client.getVersion("s", V1, false)).isEqualTo(1);
        assertThat(client.getSchemaById(id2)).isEqualTo(V2);
        assertThat(client.testCompatibility("s", V2_BREAKING)).isFalse();
        assertThatThrownBy(() -> client.register("s", V2_BREAKING)).isInstanceOfSatisfying(RestClientException.class,
                e -> assertThat(e.errorCode()).isEqualTo(40901));
        assertThatThrownBy(() -> client.getId("nope", V1)).isInstanceOfSatisfying(RestClientException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThat(client.updateCompatibility("s", "none")).isEqualTo("NONE");
        assertThat(client.getCompatibility("s")).isEqualTo("NONE");
        assertThat(client.getCompatibility(null)).isEqualTo("BACKWARD");
        assertThat(client.register("s", V2_BREAKING)).isEqualTo(id2 + 1);
        assertThat(client.deleteCompatibility("s")).isEqualTo("NONE");
        assertThat(client.deleteSchemaVersion("s", "latest", false)).isEqualTo(3);
        assertThat(client.deleteSubject("s")).containsExactly(1, 2);
        assertThat(client.getAllSubjects()).containsExactly("other");
    }

    @Test
    void shouldRefuseMixedOrMissingUrlsWhenCreatingClient() {
        assertThatThrownBy(() -> SchemaRegistryClientFactory.create(Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> SchemaRegistryClientFactory.create(Map.of("schema.registry.url", "mock://a,http://b:1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mock://");
        assertThat(SchemaRegistryClientFactory.create(Map.of("schema.registry.url", "http://127.0.0.1:1")))
                .isInstanceOf(RestSchemaRegistryClient.class);
    }
}
