package io.newsflow.streams.enrich;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Renders an {@link Enrichment} as JSON with the field names that {@code newsflow parse --json}
 * prints (issue 5): {@code language}, {@code languageConfidence}, {@code wordCount},
 * {@code sentenceCount}, {@code paragraphCount}, {@code readingTimeSeconds}, {@code entities}
 * ({@code [{name, type, mentions}]}, plus {@code countryCode} for countries), {@code keywords}
 * ({@code [{term, score}]}), {@code tone} ({@code {positive, negative, polarity}} or null),
 * {@code quotes} ({@code [{text, speaker}]}), {@code contentHash}, {@code simhash} (16 hex
 * digits) and {@code provenance} ({@code {version, libraries}}).
 */
public final class EnrichmentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EnrichmentJson() {
    }

    /** The enrichment without fingerprints: {@code contentHash} "" and {@code simhash} 0. */
    public static ObjectNode toJson(Enrichment enrichment) {
        return toJson(enrichment, "", 0L);
    }

    /** The enrichment with the fingerprints computed by the fingerprint package. */
    public static ObjectNode toJson(Enrichment e, String contentHash, long simhash) {
        ObjectNode json = NODES.objectNode();
        json.put("language", e.language());
        json.put("languageConfidence", e.languageConfidence());
        json.put("wordCount", e.wordCount());
        json.put("sentenceCount", e.sentenceCount());
        json.put("paragraphCount", e.paragraphCount());
        json.put("readingTimeSeconds", e.readingTimeSeconds());
        ArrayNode entities = json.putArray("entities");
        for (Entity entity : e.entities()) {
            ObjectNode node = entities.addObject();
            node.put("name", entity.name());
            node.put("type", entity.type().name());
            node.put("mentions", entity.mentions());
            if (entity.countryCode() != null) {
                node.put("countryCode", entity.countryCode());
            }
        }
        ArrayNode keywords = json.putArray("keywords");
        for (Keyword keyword : e.keywords()) {
            keywords.addObject().put("term", keyword.term()).put("score", keyword.score());
        }
        if (e.tone() == null) {
            json.putNull("tone");
        } else {
            json.putObject("tone").put("positive", e.tone().positive()).put("negative", e.tone().negative())
                    .put("polarity", e.tone().polarity());
        }
        ArrayNode quotes = json.putArray("quotes");
        for (Quote quote : e.quotes()) {
            quotes.addObject().put("text", quote.text()).put("speaker", quote.speaker());
        }
        json.put("contentHash", contentHash == null ? "" : contentHash);
        json.put("simhash", String.format(Locale.ROOT, "%016x", simhash));
        ObjectNode provenance = json.putObject("provenance");
        provenance.put("version", e.provenance().version());
        ObjectNode libraries = provenance.putObject("libraries");
        e.provenance().libraries().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(l -> libraries.put(l.getKey(), l.getValue()));
        return json;
    }
}
