package io.newsflow.streams.topology;

import java.time.Clock;

import io.newsflow.avro.DedupResult;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.streams.enrich.Enricher;
import io.newsflow.streams.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * Enrichment stage: turns each unique article into an {@code EnrichedArticle}. The work is done
 * by the pure {@link Enricher}; this stage places it in the topology under stable names, with the
 * document-frequency store that keyword scoring learns from.
 */
public final class EnrichStage {
    /** The enrichment processor. */
    public static final String PROCESSOR = "enrich-articles";
    /** Stemmed term → number of articles containing it (the IDF of TF-IDF keywords). */
    public static final String DOCUMENT_FREQUENCY_STORE = "enrich-document-frequencies";

    private final Enricher enricher;
    private final Clock clock;
    private final PipelineMetrics metrics;

    public EnrichStage(Enricher enricher, Clock clock) {
        this(enricher, clock, PipelineMetrics.NONE);
    }

    /** A stage that reports every enriched article to {@code metrics}. */
    public EnrichStage(Enricher enricher, Clock clock, PipelineMetrics metrics) {
        this.enricher = enricher;
        this.clock = clock;
        this.metrics = java.util.Objects.requireNonNull(metrics, "metrics");
    }

    /** Adds the enrichment step after deduplication and returns the enriched stream. */
    public KStream<String, EnrichedArticle> addTo(StreamsBuilder builder, KStream<String, DedupResult> unique) {
        // cached: each article increments ~150 terms, most of them common; the cache folds the
        // increments of one commit interval into one RocksDB write and one changelog record per
        // term (uncached, the changelog took ~180 records per article; docs/benchmark.md)
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DOCUMENT_FREQUENCY_STORE),
            Serdes.String(), Serdes.Long()).withCachingEnabled());
        return unique.process(() -> new EnrichProcessor(DOCUMENT_FREQUENCY_STORE, enricher, clock, metrics), Named.as(PROCESSOR),
            DOCUMENT_FREQUENCY_STORE);
    }
}
