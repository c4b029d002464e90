package io.newsflow.registry.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.newsflow.registry.core.RegistryException;

/** JSON in and out of Javalin contexts, with Confluent's content type and error shapes. */
final class HttpJson {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final ObjectMapper JSON = new ObjectMapper();
    /** Request attribute marking that the answer already is a registry error body. */
    static final String ERROR_WRITTEN = "newsflow.registry.error";

    private HttpJson() {
    }

    /** Writes a value as the JSON answer. */
    static void answer(Context ctx, Object value) {
        try {
            // JSON is UTF-8 (RFC 8259); written as bytes so no container default charset applies
            ctx.contentType(CONTENT_TYPE).result(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes text that already is JSON (a schema), UTF-8 encoded. */
    static void answerRaw(Context ctx, String json) {
        ctx.contentType(CONTENT_TYPE).result(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code {"error_code": .., "message": ..}} with the status. */
    static void error(Context ctx, int status, int errorCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", errorCode);
        body.put("message", message);
        ctx.status(status);
        ctx.attribute(ERROR_WRITTEN, true);
        answer(ctx, body);
    }

    /** The request body as JSON; malformed JSON is Confluent's 400. */
    static JsonNode body(Context ctx) {
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode node = text.isBlank() ? null : JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new RegistryException(400, 400, "Request body must be a JSON object, got: " + abbreviate(text));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RegistryException(400, 400, "Unrecognized JSON in request body: "
                    + e.getOriginalMessage() + " (at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** A register/lookup body: {@code schema}, optional {@code schemaType}, no {@code references}. */
    static SchemaRequest schemaRequest(Context ctx) {
        JsonNode body = body(ctx);
        JsonNode references = body.path("references");
        if (references.isArray() && references.size() > 0) {
            throw RegistryException.invalidSchema("Invalid schema: schema references are not supported by this registry");
        }
        JsonNode schema = body.path("schema");
        if (!schema.isTextual()) {
            throw RegistryException.invalidSchema("Invalid schema: the request needs \"schema\" as a JSON string"
                    + (schema.isMissingNode() ? "" : ", got " + schema.getNodeType()));
        }
        JsonNode type = body.path("schemaType");
        return new SchemaRequest(schema.asText(), type.isTextual() ? type.asText() : null);
    }

    /** A {@code ?name=true} flag. */
    static boolean flag(Context ctx, String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }

    /** A string field of a JSON body, or {@code null}. */
    static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    /** A schema as sent in a request. */
    record SchemaRequest(String schema, String schemaType) {
    }
}
