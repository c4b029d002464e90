package io.newsflow.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.newsflow.registry.core.InMemorySchemaStore;
import io.newsflow.registry.serde.AvroSerdeConfig;
import io.newsflow.registry.serde.KafkaAvroDeserializer;
import io.newsflow.registry.serde.KafkaAvroSerializer;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import io.newsflow.registry.testdata.Headline;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST client and the serdes over HTTP against the real server (in-memory store, port 0). */
class RestSchemaRegistryClientTest {
    static final Schema HEADLINE_V1 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Headline\","
            + "\"namespace\":\"io.newsflow.registry.testdata\",\"fields\":[{\"name\":\"title\",\"type\":\"string\"},"
            + "{\"name\":\"words\",\"type\":\"int\"}]}");
    static SchemaRegistryServer server;
    static RestSchemaRegistryClient client;

    @BeforeAll
    static void start() {
        server = SchemaRegistryServer.start(new SchemaRegistryServerConfig("127.0.0.1", 0, null, null),
                new InMemorySchemaStore());
        client = new RestSchemaRegistryClient(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, server.url()));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void shouldRegisterLookUpAndReadBackWhenTalkingToRealServer() {
        Schema v1 = MockSchemaRegistryTest.V1;
        int id = client.register("rest-value", v1);
        assertThat(client.register("rest-value", v1, true)).isEqualTo(id);
        assertThat(client.register("rest-other", v1)).isEqualTo(id);
        assertThat(client.getId("rest-value", v1)).isEqualTo(id);
        assertThat(client.getVersion("rest-value", v1, false)).isEqualTo(1);
        assertThat(client.getSchemaById(id)).isEqualTo(v1);
        int id2 = client.register("rest-value", MockSchemaRegistryTest.V2);
        assertThat(client.getLatestSchemaMetadata("rest-value"))
                .isEqualTo(new SchemaMetadata(id2, 2, "rest-value", MockSchemaRegistryTest.V2.toString()));
        assertThat(client.getSchemaMetadata("rest-value", 1).id()).isEqualTo(id);
        assertThat(client.getAllSubjects()).contains("rest-value", "rest-other");
        assertThat(client.getAllVersions("rest-value")).containsExactly(1, 2);
        assertThat(client.testCompatibility("rest-value", MockSchemaRegistryTest.V2_BREAKING)).isFalse();
        assertThat(client.getCompatibility(null)).isEqualTo("BACKWARD");
        assertThat(client.getCompatibility("rest-value")).isEqualTo("BACKWARD");
        assertThat(client.updateCompatibility("rest-value", "FULL")).isEqualTo("FULL");
        assertThat(client.deleteCompatibility("rest-value")).isEqualTo("FULL");
        assertThat(client.deleteSchemaVersion("rest-other", "1", false)).isEqualTo(1);
        assertThat(client.deleteSubject("rest-other", true)).containsExactly(1);
    }

    @Test
    void shouldKeepNonAsciiTextAndOddSubjectNamesWhenRoundTripping() {
        Schema unicode = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Titre\",\"doc\":"
                + "\"Überschrift — 見出し\",\"fields\":[{\"name\":\"t\",\"type\":\"string\",\"default\":\"é\"}]}");
        String subject = "ünïcode feed:value+1";
        int id = client.register(subject, unicode);
        assertThat(client.getAllSubjects()).contains(subject);
        assertThat(client.getLatestSchemaMetadata(subject).subject()).isEqualTo(subject);
        RestSchemaRegistryClient fresh = new RestSchemaRegistryClient(
                Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, server.url()));
        assertThat(fresh.getSchemaById(id)).isEqualTo(unicode);
        assertThat(fresh.getSchemaById(id).getDoc()).isEqualTo("Überschrift — 見出し");
        assertThat(fresh.getId(subject, unicode)).isEqualTo(id);
    }

    @Test
    void shouldSurfaceErrorCodesWhenServerRefuses() {
        client.register("refuse-value", MockSchemaRegistryTest.V1);
        assertThatThrownBy(() -> client.register("refuse-value", MockSchemaRegistryTest.V2_BREAKING))
                .isInstanceOfSatisfying(RestClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(40901);
                });
        assertThatThrownBy(() -> client.getId("refuse-value", MockSchemaRegistryTest.V2))
                .isInstanceOfSatisfying(RestClientException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> client.getLatestSchemaMetadata("refuse-none"))
                .isInstanceOfSatisfying(RestClientException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> client.getSchemaById(987654))
                .isInstanceOfSatisfying(RestClientException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    }

    @Test
    void shouldDecodeOldDataIntoNewClassWhenSerdesGoOverHttp() {
        Map<String, Object> configs = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, server.url(),
                AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true);
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(configs, false);
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(configs, false);
        GenericRecord v1 = new GenericData.Record(HEADLINE_V1);
        v1.put("title", "over http");
        v1.put("words", 2);
        byte[] old = serializer.serialize("http-news", v1);
        byte[] current = serializer.serialize("http-news", Headline.newBuilder().setTitle("v2").setWords(1).build());
        assertThat(((Headline) deserializer.deserialize("http-news", old)).getLang()).isEqualTo("en");
        assertThat(((Headline) deserializer.deserialize("http-news", current)).getTitle()).isEqualTo("v2");
        assertThat(client.getAllVersions("http-news-value")).containsExactly(1, 2);
    }
}
