package io.newsflow.streams.aggregate.stream;

import java.util.Objects;

import io.newsflow.avro.LanguageStats;
import io.newsflow.avro.SourceCounts;
import io.newsflow.avro.SourceStats;
import io.newsflow.avro.TrendStats;
import io.newsflow.avro.TrendTerms;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value serdes of the statistics stage (registry-backed Avro in production). Keys are strings;
 * language counts are longs; the trend stores hold Space-Saving summaries as bytes in their own
 * compact form ({@code SpaceSavingCodec}).
 *
 * @param sourceCounts  per-source deltas (repartition) and window sums (stores)
 * @param trendTerms    one article's terms of one kind (repartition)
 * @param sourceStats   stats.sources and stats.sources.final
 * @param languageStats stats.languages and stats.languages.final
 * @param trendStats    stats.entities, stats.keywords and their .final topics
 */
public record StatsSerdes(Serde<SourceCounts> sourceCounts, Serde<TrendTerms> trendTerms,
                          Serde<SourceStats> sourceStats, Serde<LanguageStats> languageStats, Serde<TrendStats> trendStats) {

    /** Requires every serde. */
    public StatsSerdes {
        Objects.requireNonNull(sourceCounts, "sourceCounts serde");
        Objects.requireNonNull(trendTerms, "trendTerms serde");
        Objects.requireNonNull(sourceStats, "sourceStats serde");
        Objects.requireNonNull(languageStats, "languageStats serde");
        Objects.requireNonNull(trendStats, "trendStats serde");
    }
}
