package io.newsflow.registry.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON records of the store, laid out like Confluent's {@code _schemas} topic
 * ({@code {"keytype":"SCHEMA","subject":..,"version":..,"magic":1}} keys) so the log is readable
 * with the same tools. Keys are written with a fixed field order because compaction compares
 * key bytes.
 */
final class StoreRecords {
    static final String SCHEMA = "SCHEMA";
    static final String CONFIG = "CONFIG";
    /** Highest id ever handed out: kept so a permanent delete never lets an id be reused. */
    static final String ID_WATERMARK = "ID_WATERMARK";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreRecords() {
    }

    static String schemaKey(String subject, int version) {
        ObjectNode key = JSON.createObjectNode().put("keytype", SCHEMA).put("subject", subject);
        return write(key.put("version", version).put("magic", 1));
    }

    static String schemaValue(StoredVersion v) {
        return write(JSON.createObjectNode().put("subject", v.subject()).put("version", v.version())
                .put("id", v.id()).put("schema", v.schema()).put("deleted", v.deleted()));
    }

    static String configKey(String subjectOrNull) {
        ObjectNode key = JSON.createObjectNode().put("keytype", CONFIG);
        if (subjectOrNull == null) {
            key.putNull("subject");
        } else {
            key.put("subject", subjectOrNull);
        }
        return write(key.put("magic", 0));
    }

    static String configValue(CompatibilityLevel level) {
        return write(JSON.createObjectNode().put("compatibilityLevel", level.name()));
    }

    static String watermarkKey() {
        return write(JSON.createObjectNode().put("keytype", ID_WATERMARK).put("magic", 0));
    }

    static String watermarkValue(int id) {
        return write(JSON.createObjectNode().put("id", id));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable registry store record: " + json, e);
        }
    }

    static StoredVersion version(JsonNode value) {
        return new StoredVersion(value.path("subject").asText(), value.path("version").asInt(),
                value.path("id").asInt(), value.path("schema").asText(), value.path("deleted").asBoolean(false));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
