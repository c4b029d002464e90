package io.newsflow.app.dev;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a {@code newsflow dev --exit-when-idle} run did, printed as JSON for scripts and tests.
 *
 * @param inputs        inputs read (files, feed items, lines)
 * @param published     articles published to {@code articles.raw}
 * @param rejected      inputs rejected by the producer (each on {@code articles.rejected})
 * @param topics        records that arrived on each topic during the run (read_committed)
 * @param corrections   of the duplicates, retrospective decisions correcting an article already
 *                      enriched (its earlier original arrived later on another partition)
 * @param elapsedMillis wall time from ingestion start to idle
 */
public record DevSummary(long inputs, long published, long rejected, Map<String, Long> topics, long corrections, long elapsedMillis) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The summary as pretty-printed JSON. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputs);
        m.put("published", published);
        m.put("rejected", rejected);
        m.put("topics", topics);
        m.put("corrections", corrections);
        m.put("elapsedMillis", elapsedMillis);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
