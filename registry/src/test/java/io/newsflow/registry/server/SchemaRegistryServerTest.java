package io.newsflow.registry.server;

import static io.newsflow.registry.server.HttpCalls.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.registry.core.InMemorySchemaStore;
import io.newsflow.registry.server.HttpCalls.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaRegistryServerTest {
    static final String V1 = "{\"type\":\"record\",\"name\":\"H\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"title\",\"type\":\"string\"}]}";
    static final String V2 = "{\"type\":\"record\",\"name\":\"H\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"}]}";
    static final String BREAKING = "{\"type\":\"record\",\"name\":\"H\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"title\",\"type\":\"int\"}]}";

    static SchemaRegistryServer server;
    static HttpCalls http;

    @BeforeAll
    static void start() {
        server = SchemaRegistryServer.start(new SchemaRegistryServerConfig("127.0.0.1", 0, null, null),
                new InMemorySchemaStore());
        http = new HttpCalls(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertError(Answer answer, int status, int code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("error_code").asInt()).as(answer.body()).isEqualTo(code);
        assertThat(answer.json().path("message").asText()).isNotBlank().doesNotContain("\tat ");
        assertThat(answer.contentType()).startsWith("application/vnd.schemaregistry.v1+json");
    }

    @Test
    void shouldServeRegistrationLifecycleWhenSchemasAreRegisteredAndRead() throws Exception {
        Answer registered = http.call("POST", "/subjects/life-value/versions", schemaBody(V1));
        assertThat(registered.status()).isEqualTo(200);
        int id = registered.json().path("id").asInt();
        assertThat(http.call("POST", "/subjects/life-value/versions?normalize=true", schemaBody(V1)).json()
                .path("id").asInt()).isEqualTo(id);
        assertThat(http.call("POST", "/subjects/life-other/versions", schemaBody(V1)).json().path("id").asInt())
                .isEqualTo(id);
        int id2 = http.call("POST", "/subjects/life-value/versions", schemaBody(V2)).json().path("id").asInt();

        Answer lookup = http.call("POST", "/subjects/life-value", schemaBody(V1));
        assertThat(lookup.json().path("version").asInt()).isEqualTo(1);
        assertThat(lookup.json().path("id").asInt()).isEqualTo(id);
        assertThat(lookup.json().path("subject").asText()).isEqualTo("life-value");

        assertThat(http.call("GET", "/schemas/ids/" + id2, null).json().path("schema").asText()).isEqualTo(
                new org.apache.avro.Schema.Parser().parse(V2).toString());
        assertThat(http.call("GET", "/schemas/ids/" + id2 + "/schema", null).json().path("name").asText()).isEqualTo("H");
        assertThat(http.call("GET", "/schemas/ids/" + id + "/subjects", null).body())
                .contains("life-value").contains("life-other");
        assertThat(http.call("GET", "/schemas/ids/" + id2 + "/versions", null).body())
                .isEqualTo("[{\"subject\":\"life-value\",\"version\":2}]");
        assertThat(http.call("GET", "/schemas/types", null).body()).isEqualTo("[\"AVRO\"]");
        assertThat(http.call("GET", "/subjects", null).body()).contains("\"life-value\"");
        assertThat(http.call("GET", "/subjects?subjectPrefix=life-o", null).body()).isEqualTo("[\"life-other\"]");
        assertThat(http.call("GET", "/subjects/life-value/versions", null).body()).isEqualTo("[1,2]");
        for (String latest : new String[] {"latest", "-1", "2"}) {
            Answer version = http.call("GET", "/subjects/life-value/versions/" + latest, null);
            assertThat(version.json().path("version").asInt()).isEqualTo(2);
            assertThat(version.json().path("id").asInt()).isEqualTo(id2);
        }
        assertThat(http.call("GET", "/subjects/life-value/versions/1/schema", null).json().path("fields").size()).isEqualTo(1);
        assertThat(http.call("GET", "/subjects/life-value/versions/1/referencedby", null).body()).isEqualTo("[]");
        assertThat(http.call("GET", "/schemas?subjectPrefix=life-v", null).json().size()).isEqualTo(2);
    }

    @Test
    void shouldAnswerConfluentErrorCodesWhenRequestsAreWrong() throws Exception {
        http.call("POST", "/subjects/err-value/versions", schemaBody(V1));
        assertError(http.call("POST", "/subjects/err-value/versions", schemaBody(BREAKING)), 409, 40901);
        assertError(http.call("POST", "/subjects/err-value/versions", schemaBody("{\"type\":\"nope\"}")), 422, 42201);
        assertError(http.call("POST", "/subjects/err-value/versions",
                "{\"schema\":\"\\\"string\\\"\",\"references\":[{\"name\":\"x\",\"subject\":\"y\",\"version\":1}]}"), 422, 42201);
        assertError(http.call("POST", "/subjects/err-value/versions", "{\"schema\":\"\\\"int\\\"\",\"schemaType\":\"JSON\"}"),
                422, 42201);
        assertError(http.call("POST", "/subjects/err-value/versions", "{\"schema\": 5}"), 422, 42201);
        assertError(http.call("POST", "/subjects/err-none", schemaBody(V1)), 404, 40401);
        assertError(http.call("POST", "/subjects/err-value", schemaBody(V2)), 404, 40403);
        assertError(http.call("GET", "/subjects/err-none/versions", null), 404, 40401);
        assertError(http.call("GET", "/subjects/err-value/versions/9", null), 404, 40402);
        assertError(http.call("GET", "/subjects/err-value/versions/first", null), 422, 42202);
        assertError(http.call("GET", "/schemas/ids/424242", null), 404, 40403);
        assertError(http.call("GET", "/schemas/ids/abc", null), 404, 40403);
        assertError(http.call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
        assertError(http.call("GET", "/config/err-value", null), 404, 40408);
        assertError(http.call("PUT", "/mode", "{\"mode\":\"IMPORT\"}"), 422, 42204);
    }

    @Test
    void shouldAnswerJsonErrorsWhenBodyIsMalformedOversizeOrPathUnknown() throws Exception {
        assertError(http.call("POST", "/subjects/bad-value/versions", "{\"schema\": "), 400, 400);
        assertError(http.call("POST", "/subjects/bad-value/versions", "[1,2]"), 400, 400);
        assertError(http.call("POST", "/subjects/bad-value/versions", ""), 400, 400);
        String huge = schemaBody("\"" + "x".repeat((int) SchemaRegistryServerConfig.MAX_REQUEST_BYTES) + "\"");
        assertError(http.call("POST", "/subjects/bad-value/versions", huge), 413, 413);
        assertError(http.call("GET", "/associations/resources/x/y", null), 404, 404);
        assertError(http.call("GET", "/no/such/path", null), 404, 404);
        assertError(http.call("PATCH", "/subjects", null), 405, 405);
        // the server still works after all that
        assertThat(http.call("GET", "/", null).body()).isEqualTo("{}");
    }

    @Test
    void shouldFollowDeleteRulesWhenDeletingOverHttp() throws Exception {
        http.call("POST", "/subjects/del-value/versions", schemaBody(V1));
        http.call("POST", "/subjects/del-value/versions", schemaBody(V2));
        assertError(http.call("DELETE", "/subjects/del-value/versions/1?permanent=true", null), 404, 40407);
        assertThat(http.call("DELETE", "/subjects/del-value/versions/1", null).body()).isEqualTo("1");
        assertError(http.call("DELETE", "/subjects/del-value/versions/1", null), 404, 40406);
        assertThat(http.call("GET", "/subjects/del-value/versions?deleted=true", null).body()).isEqualTo("[1,2]");
        assertThat(http.call("GET", "/subjects/del-value/versions/1?deleted=true", null).status()).isEqualTo(200);
        assertError(http.call("DELETE", "/subjects/del-value?permanent=true", null), 404, 40405);
        assertThat(http.call("DELETE", "/subjects/del-value", null).body()).isEqualTo("[2]");
        assertError(http.call("DELETE", "/subjects/del-value", null), 404, 40404);
        assertThat(http.call("GET", "/subjects?deleted=true", null).body()).contains("del-value");
        assertThat(http.call("DELETE", "/subjects/del-value?permanent=true", null).body()).isEqualTo("[1,2]");
        assertError(http.call("DELETE", "/subjects/del-value", null), 404, 40401);
    }

    @Test
    void shouldManageCompatibilityWhenConfigAndChecksAreCalled() throws Exception {
        assertThat(http.call("GET", "/config", null).body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        http.call("POST", "/subjects/cfg-value/versions", schemaBody(V1));
        Answer verbose = http.call("POST", "/compatibility/subjects/cfg-value/versions/latest?verbose=true",
                schemaBody(BREAKING));
        assertThat(verbose.json().path("is_compatible").asBoolean()).isFalse();
        assertThat(verbose.json().path("messages").toString()).contains("TYPE_MISMATCH");
        assertThat(http.call("POST", "/compatibility/subjects/cfg-value/versions/1", schemaBody(V2)).body())
                .isEqualTo("{\"is_compatible\":true}");
        assertThat(http.call("POST", "/compatibility/subjects/cfg-value/versions", schemaBody(V2)).body())
                .isEqualTo("{\"is_compatible\":true}");
        assertThat(http.call("PUT", "/config/cfg-value", "{\"compatibility\":\"none\"}").body())
                .isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(http.call("GET", "/config/cfg-value", null).body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        assertThat(http.call("POST", "/subjects/cfg-value/versions", schemaBody(BREAKING)).status()).isEqualTo(200);
        assertThat(http.call("DELETE", "/config/cfg-value", null).body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        assertThat(http.call("GET", "/config/cfg-value?defaultToGlobal=true", null).body())
                .isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(http.call("GET", "/mode", null).body()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertThat(http.call("GET", "/mode/cfg-value", null).body()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertThat(http.call("PUT", "/mode", "{\"mode\":\"READWRITE\"}").status()).isEqualTo(200);
        assertThat(http.call("GET", "/contexts", null).body()).isEqualTo("[\".\"]");
    }

    @Test
    void shouldResetGlobalLevelWhenGlobalConfigIsDeleted() throws Exception {
        SchemaRegistryServer own = SchemaRegistryServer.start(new SchemaRegistryServerConfig("127.0.0.1", 0, null, null),
                new InMemorySchemaStore());
        try (own) {
            HttpCalls calls = new HttpCalls(own.url());
            assertThat(calls.call("PUT", "/config", "{\"compatibility\":\"FULL_TRANSITIVE\"}").body())
                    .isEqualTo("{\"compatibility\":\"FULL_TRANSITIVE\"}");
            assertThat(calls.call("DELETE", "/config", null).body())
                    .isEqualTo("{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");
            assertThat(calls.call("GET", "/config", null).body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        }
    }

    @Test
    void shouldRefuseInvalidSettingsWhenConfigIsBuilt() {
        assertThatThrownBy(() -> SchemaRegistryServerConfig.of("127.0.0.1", 70000, "k:9092", null))
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> SchemaRegistryServerConfig.of("127.0.0.1", 0, "k:9092", "bad topic"))
                .hasMessageContaining("bad topic");
        assertThatThrownBy(() -> SchemaRegistryServerConfig.of(" ", 0, "k:9092", null)).hasMessageContaining("host");
        assertThatThrownBy(() -> SchemaRegistryServerConfig.of("127.0.0.1", 0, null, null))
                .hasMessageContaining("kafkaBootstrapServers");
        assertThat(SchemaRegistryServerConfig.defaults("k:9092").schemasTopic()).isEqualTo("_schemas");
        assertThat(SchemaRegistryServerConfig.fromProperties(java.util.Map.of("kafkastore.bootstrap.servers", "k:1",
                "port", "0", "kafkastore.topic", "_s")).port()).isZero();
    }

    @Test
    void shouldFailNamingPortWhenPortIsTaken() {
        SchemaRegistryServerConfig taken = new SchemaRegistryServerConfig("127.0.0.1", server.port(), null, null);
        assertThatThrownBy(() -> SchemaRegistryServer.start(taken, new InMemorySchemaStore()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(Integer.toString(server.port()));
    }
}
