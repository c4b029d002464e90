package io.newsflow.app.http.api;

import java.util.List;

import io.newsflow.app.dev.RecordCounts;
import io.newsflow.streams.topology.TopicNames;

/**
 * The JSON shapes of trends, sources and {@code /api/stats} (the contract's field names; instants
 * as UTC ISO-8601 strings), and the reconciliation arithmetic.
 */
public final class StatsJson {

    private StatsJson() {
    }

    /** {@code GET /api/trends/{type}} and the SSE {@code trend} event. */
    public record Trend(String type, String window, String windowStart, String windowEnd, List<TermCount> items) {
    }

    /** One term of a trend. */
    public record TermCount(String term, long count) {
    }

    /** {@code GET /api/sources}. */
    public record Sources(String window, List<SourceRow> sources) {
    }

    /** One outlet's figures in a window. */
    public record SourceRow(String source, long articles, long words, long duplicates, double duplicateRate) {
    }

    /** {@code GET /api/stats}. */
    public record Stats(Counters counters, Reconciliation reconciliation, List<MinuteRow> articlesPerMinute,
                        List<LanguageRow> languages) {
    }

    /** The SSE {@code stats} event: the counters and the reconciliation of {@code /api/stats}. */
    public record CountersEvent(Counters counters, Reconciliation reconciliation) {
    }

    /** Unique and duplicate articles in one minute. */
    public record MinuteRow(String minute, long unique, long duplicates) {
    }

    /** Articles in one language. */
    public record LanguageRow(String language, long count) {
    }

    /**
     * Records on newsflow's topics, read_committed from their beginning.
     *
     * @param ingested     inputs: raw + rejected
     * @param unique       enriched − corrections
     * @param duplicates   records on articles.duplicates (corrections included)
     * @param corrections  retrospective duplicate decisions (an article first published as unique)
     * @param rejected     records on articles.rejected
     * @param deadLettered records on articles.dlq
     * @param raw          records on articles.raw
     * @param enriched     records on articles.enriched
     */
    public record Counters(long ingested, long unique, long duplicates, long corrections, long rejected, long deadLettered,
                           long raw, long enriched) {

        /** The counters from counts of newsflow's topics. */
        public static Counters of(RecordCounts counts) {
            long raw = counts.count(TopicNames.ARTICLES_RAW);
            long rejected = counts.count(TopicNames.ARTICLES_REJECTED);
            long enriched = counts.count(TopicNames.ARTICLES_ENRICHED);
            long corrections = counts.corrections();
            return new Counters(raw + rejected, enriched - corrections, counts.count(TopicNames.ARTICLES_DUPLICATES), corrections,
                rejected, counts.count(TopicNames.ARTICLES_DLQ), raw, enriched);
        }

        /** Every input accounted for: recordsIn = raw + rejected; accountedFor = unique + duplicates + rejected + deadLettered. */
        public Reconciliation reconcile() {
            long accountedFor = unique + duplicates + rejected + deadLettered;
            return new Reconciliation(ingested, accountedFor, ingested == accountedFor);
        }
    }

    /** Whether every record in is accounted for by exactly one outcome. */
    public record Reconciliation(long recordsIn, long accountedFor, boolean balanced) {
    }
}
