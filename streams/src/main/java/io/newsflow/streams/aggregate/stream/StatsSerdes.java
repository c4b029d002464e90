package io.newsflow.streams.aggregate.stream;

import java.util.Objects;

import io.newsflow.avro.LanguageStats;
import io.newsflow.avro.SourceCounts;
import io.newsflow.avro.SourceStats;
import io.newsflow.avro.TrendStats;
import io.newsflow.avro.TrendTerms;
import io.newsflow.streams.aggregate.SpaceSaving;
import io.newsflow.streams.aggregate.SpaceSavingCodec;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The value serdes of the statistics stage (registry-backed Avro in production). Keys are strings;
 * language counts are longs; the trend stores' Space-Saving summaries use their own compact form
 * ({@link #sketch()}).
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

    /** The trend stores' value: a Space-Saving summary in {@link SpaceSavingCodec}'s binary form (internal, no registry). */
    public Serde<SpaceSaving> sketch() {
        return Serdes.serdeFrom((topic, summary) -> summary == null ? null : SpaceSavingCodec.encode(summary),
            (topic, bytes) -> bytes == null ? null : SpaceSavingCodec.decode(bytes));
    }
}
