package io.newsflow.streams.dedup;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Deduplication settings, validated on construction.
 *
 * @param maxHammingDistance k: SimHashes this close (or closer) are near-duplicate candidates
 * @param horizon how far apart in event time two articles may be and still be duplicates; also the
 *                retention of every dedup state store
 * @param minSimilarity the second check: the smallest estimated Jaccard similarity of 3-word
 *                      shingle sets for a NEAR duplicate within k
 * @param strongSimilarity the similarity that makes a candidate found through a shared block a NEAR
 *                         duplicate even beyond k (a dropped or added paragraph); above 1 disables it
 */
public record DedupConfig(int maxHammingDistance, Duration horizon, double minSimilarity, double strongSimilarity) {

    /** Config key for k. */
    public static final String MAX_HAMMING_DISTANCE = "dedup.max.hamming.distance";
    /** Config key for the horizon, an ISO-8601 duration such as P30D. */
    public static final String HORIZON = "dedup.horizon";
    /** Config key for the similarity threshold. */
    public static final String MIN_SIMILARITY = "dedup.min.similarity";
    /** Config key for the similarity that accepts block-sharing candidates beyond k. */
    public static final String STRONG_SIMILARITY = "dedup.strong.similarity";

    /** Default k, from the issue and the paper. */
    public static final int DEFAULT_MAX_HAMMING_DISTANCE = 3;
    /** Default horizon. */
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(30);
    /** Default similarity threshold, chosen by measurement (docs/dedup.md). */
    public static final double DEFAULT_MIN_SIMILARITY = 0.3;
    /** Default similarity for block-sharing candidates beyond k, chosen by measurement. */
    public static final double DEFAULT_STRONG_SIMILARITY = 0.5;

    /** Validates the settings; the message names the key and the bad value. */
    public DedupConfig {
        if (maxHammingDistance < 0 || maxHammingDistance > BlockScheme.MAX_DISTANCE) {
            throw new IllegalArgumentException(MAX_HAMMING_DISTANCE + " must be in 0.." + BlockScheme.MAX_DISTANCE
                    + ", got " + maxHammingDistance);
        }
        if (horizon == null || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException(HORIZON + " must be a positive duration, got " + horizon);
        }
        if (!(minSimilarity >= 0.0 && minSimilarity <= 1.0)) {
            throw new IllegalArgumentException(MIN_SIMILARITY + " must be in 0..1, got " + minSimilarity);
        }
        if (!(strongSimilarity >= minSimilarity)) {
            throw new IllegalArgumentException(STRONG_SIMILARITY + " must be at least " + MIN_SIMILARITY + " ("
                    + minSimilarity + "), got " + strongSimilarity);
        }
    }

    /** The defaults: k=3, 30 days, the measured similarity thresholds. */
    public static DedupConfig defaults() {
        return new DedupConfig(DEFAULT_MAX_HAMMING_DISTANCE, DEFAULT_HORIZON, DEFAULT_MIN_SIMILARITY, DEFAULT_STRONG_SIMILARITY);
    }

    /**
     * Reads the settings from string properties; absent keys take their defaults.
     *
     * @throws IllegalArgumentException naming the key and value that do not parse or are out of range
     */
    public static DedupConfig fromMap(Map<String, String> props) {
        return new DedupConfig(
                parse(props, MAX_HAMMING_DISTANCE, DEFAULT_MAX_HAMMING_DISTANCE, Integer::parseInt),
                parse(props, HORIZON, DEFAULT_HORIZON, Duration::parse),
                parse(props, MIN_SIMILARITY, DEFAULT_MIN_SIMILARITY, Double::parseDouble),
                parse(props, STRONG_SIMILARITY, DEFAULT_STRONG_SIMILARITY, Double::parseDouble));
    }

    /** Whether two event times are close enough to be duplicates. */
    public boolean withinHorizon(long eventTimeA, long eventTimeB) {
        return Math.abs(eventTimeA - eventTimeB) <= horizon.toMillis();
    }

    private static <T> T parse(Map<String, String> props, String key, T fallback, java.util.function.Function<String, T> parser) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return parser.apply(raw.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(key + " has an invalid value: '" + raw + "'", e);
        }
    }
}
