package io.newsflow.streams.aggregate;

import java.time.Instant;

/**
 * The readable keys of the statistics topics: {@code <window>/<key>@<windowStart>}, for example
 * {@code 1m/Reuters@2026-11-29T17:01:00Z} or {@code 1h/KEYWORDS@2026-11-29T16:05:00Z}. One key per
 * window, so the topics can be compacted and a consumer sees the latest value of each window.
 */
public final class StatsKeys {
    /** Stands for a missing source or language. */
    public static final String UNKNOWN = "unknown";

    private StatsKeys() {
    }

    /** {@code value}, or {@value #UNKNOWN} when it is null or blank. */
    public static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    /** The key of one window of one group. */
    public static String recordKey(String windowId, String group, long windowStartMillis) {
        return windowId + "/" + group + "@" + Instant.ofEpochMilli(windowStartMillis);
    }
}
