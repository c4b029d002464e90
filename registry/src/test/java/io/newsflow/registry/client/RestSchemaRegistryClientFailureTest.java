package io.newsflow.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.newsflow.registry.client.ScriptedHttpServer.Answer;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientFailureTest {
    static final Schema SCHEMA = Schema.create(Schema.Type.STRING);
    static final Answer ID_7 = new Answer(200, "{\"id\":7}");
    static final Answer UNAVAILABLE = new Answer(503, "{\"error_code\":50003,\"message\":\"busy\"}");

    private static Map<String, Object> configs(String url, Object... pairs) {
        Map<String, Object> map = new HashMap<>(Map.of("schema.registry.url", url,
                "retries.wait.ms", 1, "retries.max.wait.ms", 5));
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void shouldRetryAndSucceedWhenServerAnswers503Then200() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(UNAVAILABLE, UNAVAILABLE, ID_7)) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(configs(server.url()));
            assertThat(client.register("s", SCHEMA)).isEqualTo(7);
            assertThat(server.seen).hasSize(3).allSatisfy(seen -> {
                assertThat(seen.method()).isEqualTo("POST");
                assertThat(seen.path()).isEqualTo("/subjects/s/versions");
                assertThat(seen.body()).isEqualTo("{\"schema\":\"\\\"string\\\"\"}");
            });
            // cached: no fourth call
            assertThat(client.register("s", SCHEMA)).isEqualTo(7);
            assertThat(client.getId("s", SCHEMA)).isEqualTo(7);
            assertThat(client.getSchemaById(7)).isEqualTo(SCHEMA);
            assertThat(server.seen).hasSize(3);
        }
    }

    @Test
    void shouldSurfaceLastErrorWhenRetriesAreExhausted() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(UNAVAILABLE, UNAVAILABLE, UNAVAILABLE)) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(configs(server.url(), "max.retries", 2));
            assertThatThrownBy(() -> client.register("s", SCHEMA)).isInstanceOfSatisfying(RestClientException.class, e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.errorCode()).isEqualTo(50003);
                assertThat(e.getMessage()).contains("busy");
            });
            assertThat(server.seen).hasSize(3);
        }
    }

    @Test
    void shouldNotRetryWhenErrorIsFinal() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(
                new Answer(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}"))) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(configs(server.url(),
                    "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "ann:wrong"));
            assertThatThrownBy(() -> client.getSchemaById(1)).isInstanceOfSatisfying(RestClientException.class, e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.errorCode()).isEqualTo(401);
            });
            assertThat(server.seen).singleElement().satisfies(seen -> assertThat(seen.authorization())
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString("ann:wrong".getBytes())));
        }
    }

    @Test
    void shouldFailOverToNextUrlWhenFirstIsUnreachable() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        try (ScriptedHttpServer server = new ScriptedHttpServer(ID_7, new Answer(200, "[\"a\",\"b\"]"))) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(configs(
                    "http://127.0.0.1:" + deadPort + "," + server.url()));
            assertThat(client.register("s", SCHEMA)).isEqualTo(7);
            assertThat(client.getAllSubjects()).containsExactly("a", "b");
        }
        RestSchemaRegistryClient allDead = new RestSchemaRegistryClient(configs("http://127.0.0.1:" + deadPort,
                "max.retries", 1));
        assertThatThrownBy(() -> allDead.getAllSubjects()).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + deadPort);
    }

    @Test
    void shouldSendCredentialsFromUrlOrBearerTokenWhenConfigured() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(new Answer(200, "[]"), new Answer(200, "[]"))) {
            String withUser = server.url().replace("http://", "http://bob:s%3Acret@");
            new RestSchemaRegistryClient(configs(withUser)).getAllSubjects();
            new RestSchemaRegistryClient(configs(server.url(), "bearer.auth.credentials.source", "STATIC_TOKEN",
                    "bearer.auth.token", "tok123")).getAllSubjects();
            assertThat(server.seen).extracting(ScriptedHttpServer.Seen::authorization).containsExactly(
                    "Basic " + Base64.getEncoder().encodeToString("bob:s:cret".getBytes()), "Bearer tok123");
        }
    }

    @Test
    void shouldReportRawAnswerWhenErrorBodyIsNotConfluentJson() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(new Answer(404, "<html>proxy says no</html>"))) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(configs(server.url() + "/"));
            assertThatThrownBy(() -> client.getLatestSchemaMetadata("a b/c")).isInstanceOfSatisfying(
                    RestClientException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.getMessage()).contains("proxy says no");
                    });
            assertThat(server.seen.get(0).path()).isEqualTo("/subjects/a%20b%2Fc/versions/latest");
        }
    }
}
