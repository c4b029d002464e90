package io.newsflow.registry.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.registry.core.AvroSchemas;
import org.apache.avro.Schema;

/**
 * The Schema Registry client over Confluent's REST API ({@code java.net.http}, Jackson), for
 * Confluent Schema Registry, Karapace, Redpanda or newsflow's own server. Ids by (subject,
 * schema) and schemas by id are cached (both are immutable in a registry), so a serde calls the
 * registry once per schema, not once per record. Retries, failover and auth: {@link RestTransport}.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestTransport transport;
    private final Map<String, Integer> idBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<String, Integer> versionBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();

    /** A client configured with Confluent's keys ({@code schema.registry.url}, auth, timeouts...). */
    public RestSchemaRegistryClient(Map<String, ?> configs) {
        this(RestClientConfig.from(configs));
    }

    /** A client from already validated settings. */
    public RestSchemaRegistryClient(RestClientConfig config) {
        this.transport = new RestTransport(config);
    }

    @Override
    public int register(String subject, Schema schema, boolean normalize) {
        String key = cacheKey(subject, schema, normalize);
        Integer cached = idBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = transport.send("POST", "/subjects/" + encode(subject) + "/versions" + normalize(normalize),
                schemaBody(schema));
        int id = answer.path("id").asInt();
        idBySubjectSchema.put(key, id);
        schemaById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public int getId(String subject, Schema schema, boolean normalize) {
        String key = cacheKey(subject, schema, normalize);
        Integer cached = idBySubjectSchema.get(key);
        return cached != null ? cached : lookup(subject, schema, normalize).id();
    }

    @Override
    public int getVersion(String subject, Schema schema, boolean normalize) {
        Integer cached = versionBySubjectSchema.get(cacheKey(subject, schema, normalize));
        return cached != null ? cached : lookup(subject, schema, normalize).version();
    }

    private SchemaMetadata lookup(String subject, Schema schema, boolean normalize) {
        JsonNode answer = transport.send("POST", "/subjects/" + encode(subject) + normalize(normalize), schemaBody(schema));
        SchemaMetadata metadata = metadata(answer, subject);
        String key = cacheKey(subject, schema, normalize);
        idBySubjectSchema.put(key, metadata.id());
        versionBySubjectSchema.put(key, metadata.version());
        return metadata;
    }

    @Override
    public Schema getSchemaById(int id) {
        Schema cached = schemaById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = transport.send("GET", "/schemas/ids/" + id, null);
        Schema schema = AvroSchemas.parse(answer.path("schema").asText(), answer.path("schemaType").asText(null));
        schemaById.put(id, schema);
        return schema;
    }

    @Override
    public SchemaMetadata getLatestSchemaMetadata(String subject) {
        return metadata(transport.send("GET", "/subjects/" + encode(subject) + "/versions/latest", null), subject);
    }

    @Override
    public SchemaMetadata getSchemaMetadata(String subject, int version) {
        return metadata(transport.send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null), subject);
    }

    @Override
    public Collection<String> getAllSubjects() {
        List<String> subjects = new ArrayList<>();
        transport.send("GET", "/subjects", null).forEach(node -> subjects.add(node.asText()));
        return subjects;
    }

    @Override
    public List<Integer> getAllVersions(String subject) {
        return ints(transport.send("GET", "/subjects/" + encode(subject) + "/versions", null));
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        List<Integer> versions = ints(transport.send("DELETE", "/subjects/" + encode(subject)
                + (permanent ? "?permanent=true" : ""), null));
        forget(subject);
        return versions;
    }

    @Override
    public int deleteSchemaVersion(String subject, String version, boolean permanent) {
        int deleted = transport.send("DELETE", "/subjects/" + encode(subject) + "/versions/" + encode(version)
                + (permanent ? "?permanent=true" : ""), null).asInt();
        forget(subject);
        return deleted;
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        return transport.send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                schemaBody(schema)).path("is_compatible").asBoolean();
    }

    @Override
    public String updateCompatibility(String subject, String compatibility) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", compatibility);
        return transport.send("PUT", configPath(subject), body).path("compatibility").asText();
    }

    @Override
    public String getCompatibility(String subject) {
        String path = configPath(subject) + (subject == null ? "" : "?defaultToGlobal=true");
        return transport.send("GET", path, null).path("compatibilityLevel").asText();
    }

    @Override
    public String deleteCompatibility(String subject) {
        return transport.send("DELETE", configPath(subject), null).path("compatibilityLevel").asText();
    }

    @Override
    public void close() {
        // java.net.http.HttpClient frees its connections when unreachable (close() is Java 21+)
    }

    private void forget(String subject) {
        String prefix = subject + '\u0000';
        idBySubjectSchema.keySet().removeIf(k -> k.startsWith(prefix));
        versionBySubjectSchema.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private static String configPath(String subject) {
        return subject == null ? "/config" : "/config/" + encode(subject);
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static String normalize(boolean normalize) {
        return normalize ? "?normalize=true" : "";
    }

    private static String cacheKey(String subject, Schema schema, boolean normalize) {
        return subject + '\u0000' + normalize + '\u0000' + schema;
    }

    private static SchemaMetadata metadata(JsonNode node, String subject) {
        return new SchemaMetadata(node.path("id").asInt(), node.path("version").asInt(),
                node.path("subject").asText(subject), node.path("schema").asText());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asInt()));
        return values;
    }

    /** Path-segment encoding: URLEncoder is for forms, so its '+' for space is fixed to %20. */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
