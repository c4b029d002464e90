package io.newsflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.registry.client.RestSchemaRegistryClient;
import io.newsflow.registry.serde.AvroSerdeConfig;
import io.newsflow.registry.serde.KafkaAvroDeserializer;
import io.newsflow.registry.serde.KafkaAvroSerializer;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of compatibility with Confluent's official JS client ({@code @confluentinc/schemaregistry}):
 * {@code src/test/js/interop.js} registers and looks up schemas on newsflow's registry, decodes
 * bytes written by newsflow's Java serializer, and writes bytes newsflow's Java deserializer
 * decodes. Needs Node.js and {@code npm ci --prefix app/src/test/js}; without them the test is
 * skipped locally and fails when {@code CI=true}.
 */
class RegistryJsInteropIT {
    private static final Path JS_DIR = Path.of("src/test/js");
    private static final Schema DISPATCH = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Dispatch\","
            + "\"namespace\":\"io.newsflow.interop\",\"fields\":[{\"name\":\"title\",\"type\":\"string\"},"
            + "{\"name\":\"words\",\"type\":\"int\"},{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"},"
            + "{\"name\":\"score\",\"type\":\"double\"},{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"}}]}");

    @TempDir
    Path dataDir;

    @Test
    void shouldInteroperateWithConfluentJsClientWhenRegisteringAndExchangingBytes() throws Exception {
        requireNodeAndClient();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0);
             SchemaRegistryServer registry = SchemaRegistryServer.start(
                     SchemaRegistryServerConfig.of("127.0.0.1", 0, kafka.bootstrapServers(), "_schemas"))) {
            Map<String, Object> configs = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url());
            KafkaAvroSerializer serializer = new KafkaAvroSerializer();
            serializer.configure(configs, false);
            GenericRecord fromJava = new GenericData.Record(DISPATCH);
            fromJava.put("title", "Écrit en Java — 見出し");
            fromJava.put("words", 7);
            fromJava.put("lang", "fr");
            fromJava.put("score", 1.25);
            fromJava.put("tags", List.of("java", "kafka"));
            byte[] javaBytes = serializer.serialize("interop-java", fromJava);

            JsonNode out = runNode(registry.url(), HexFormat.of().formatHex(javaBytes));

            RestSchemaRegistryClient client = new RestSchemaRegistryClient(configs);
            int id = client.getId("interop-js-value", DISPATCH);
            assertThat(out.path("registeredId").asInt()).isEqualTo(id);
            assertThat(out.path("registeredAgainId").asInt()).isEqualTo(id);
            assertThat(out.path("lookedUpId").asInt()).isEqualTo(id);
            // same schema as Java's interop-java-value: same global id across subjects
            assertThat(id).isEqualTo(client.getId("interop-java-value", DISPATCH));
            assertThat(out.path("latestVersion").asInt()).isEqualTo(1);
            assertThat(out.path("subjects").toString()).contains("interop-java-value", "interop-js-value");
            assertThat(out.path("breakingError").path("status").asInt()).isEqualTo(409);
            assertThat(out.path("breakingError").path("errorCode").asInt()).isEqualTo(40901);
            assertThat(out.path("missingSubjectError").path("errorCode").asInt()).isEqualTo(40401);

            JsonNode decoded = out.path("decodedFromJava");
            assertThat(decoded.path("title").asText()).isEqualTo("Écrit en Java — 見出し");
            assertThat(decoded.path("words").asInt()).isEqualTo(7);
            assertThat(decoded.path("lang").asText()).isEqualTo("fr");
            assertThat(decoded.path("score").asDouble()).isEqualTo(1.25);
            assertThat(decoded.path("tags").toString()).isEqualTo("[\"java\",\"kafka\"]");

            byte[] jsBytes = HexFormat.of().parseHex(out.path("bytesFromJs").asText());
            assertThat(jsBytes[0]).isZero();
            KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
            deserializer.configure(configs, false);
            GenericRecord fromJs = (GenericRecord) deserializer.deserialize("interop-js", jsBytes);
            assertThat(fromJs.getSchema()).isEqualTo(DISPATCH);
            assertThat(fromJs.get("title").toString()).isEqualTo("Geschrieben in JS — ü");
            assertThat(fromJs.get("words")).isEqualTo(3);
            assertThat(fromJs.get("lang").toString()).isEqualTo("de");
            assertThat(fromJs.get("score")).isEqualTo(0.5);
            assertThat(fromJs.get("tags").toString()).isEqualTo("[js, avro]");
        }
    }

    private static void requireNodeAndClient() {
        String problem = null;
        if (!Files.isDirectory(JS_DIR.resolve("node_modules/@confluentinc/schemaregistry"))) {
            problem = "the JS client is not installed in " + JS_DIR.toAbsolutePath() + "/node_modules";
        } else if (!nodeRuns()) {
            problem = "Node.js ('node') is not on the PATH";
        }
        if (problem == null) {
            return;
        }
        String howTo = problem + ". Install Node.js 18+ and run: npm ci --prefix app/src/test/js";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + howTo);
        }
        Assumptions.abort("Skipping the Confluent JS interop test: " + howTo);
    }

    private static boolean nodeRuns() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private JsonNode runNode(String url, String javaHex) throws Exception {
        File stdout = dataDir.resolve("node-out.json").toFile();
        File stderr = dataDir.resolve("node-err.txt").toFile();
        Process process = new ProcessBuilder("node", "interop.js", url, javaHex).directory(JS_DIR.toFile())
                .redirectOutput(stdout).redirectError(stderr).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node interop.js did not finish within 120 s; stderr: " + Files.readString(stderr.toPath()));
        }
        String err = Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("node interop.js exit code; stderr: %s", err).isZero();
        return new ObjectMapper().readTree(Files.readString(stdout.toPath(), StandardCharsets.UTF_8));
    }
}
