package io.newsflow.producer.parse;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

import io.newsflow.avro.Article;

/**
 * Renders Avro records as JSON for people: one property per schema field, with the schema's field
 * names, walking the schema so that new fields (and enrichment records that wrap an article) show
 * up without code changes. Timestamps become ISO-8601 strings, enums their symbol, nulls stay null.
 * Callers may add properties to the returned node.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    /** The article as a JSON object. */
    public static ObjectNode render(Article article) {
        return renderRecord(article);
    }

    /** Any Avro record (an {@code EnrichedArticle}, a {@code RejectedInput}) as a JSON object. */
    public static ObjectNode renderRecord(IndexedRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos())));
        }
        return node;
    }

    /** The record as one line of JSON. */
    public static String toJsonLine(IndexedRecord record) {
        try {
            return MAPPER.writeValueAsString(renderRecord(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof IndexedRecord r) {
            return renderRecord(r);
        }
        if (v instanceof Instant i) {
            return NODES.textNode(i.toString());
        }
        if (v instanceof CharSequence || v instanceof Enum<?> || v instanceof org.apache.avro.generic.GenericEnumSymbol<?>) {
            return NODES.textNode(v.toString());
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer n) {
            return NODES.numberNode(n);
        }
        if (v instanceof Long n) {
            return NODES.numberNode(n);
        }
        if (v instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        if (v instanceof Collection<?> c) {
            ArrayNode array = NODES.arrayNode();
            c.forEach(item -> array.add(value(item)));
            return array;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode obj = NODES.objectNode();
            m.forEach((k, val) -> obj.set(String.valueOf(k), value(val)));
            return obj;
        }
        if (v instanceof ByteBuffer b) {
            return NODES.binaryNode(b.array());
        }
        return NODES.textNode(v.toString());
    }
}
