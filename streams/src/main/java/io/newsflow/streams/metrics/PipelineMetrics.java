package io.newsflow.streams.metrics;

import java.time.Instant;

/**
 * What the topology reports about the articles it handles, for newsflow's own metrics. Kafka-
 * and metrics-library-free on purpose: the topology only calls these hooks, and the app decides
 * how they are recorded (Micrometer, in {@code io.newsflow.app.metrics}).
 *
 * <p>Calls happen on stream threads, once per processed record; implementations must be
 * thread-safe and cheap. Under exactly-once a record whose transaction aborts is processed
 * again, so the counts are "records processed", which can exceed the committed output after a
 * failure; the topics themselves stay exact.
 */
public interface PipelineMetrics {

    /** Records nothing: the default when no metrics are wanted (tests, tools). */
    PipelineMetrics NONE = new PipelineMetrics() {
    };

    /**
     * An enriched article is about to be written to {@code articles.enriched}.
     *
     * @param ingestedAt when newsflow ingested the article (the {@code Article.ingestedAt} field)
     * @param enrichedAt when the streams application enriched it ({@code EnrichedArticle.enrichedAt})
     */
    default void articleEnriched(Instant ingestedAt, Instant enrichedAt) {
    }

    /** A duplicate decision is about to be written to {@code articles.duplicates}. */
    default void duplicateDetected() {
    }

    /**
     * A record reached a windowed aggregation after the grace period of its windows and was left
     * out of them (newsflow's own check before each aggregation, see {@code WindowSpec#isLate}).
     *
     * @param stage the aggregation that left it out, e.g. {@code stats-sources-1m}
     */
    default void lateRecord(String stage) {
    }
}
