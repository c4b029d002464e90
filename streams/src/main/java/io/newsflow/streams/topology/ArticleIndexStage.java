package io.newsflow.streams.topology;

import java.time.Duration;
import java.util.Objects;

import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.IndexedArticle;
import io.newsflow.streams.index.ArticleIndexProcessor;
import io.newsflow.streams.index.ArticleSummaries;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * The article index: a window store of recent articles keyed by articleId, for interactive
 * queries ({@code GET /api/articles}). Parsed articles give the title and URL (duplicates are
 * never enriched, so this is where theirs come from), {@code articles.enriched} the enrichment and
 * {@code articles.duplicates} the decisions, corrections included. All three are keyed by
 * articleId on equally partitioned topics and never repartitioned, so the store's partition of an
 * article is the one {@code KafkaStreams.queryMetadataForKey} computes from the key.
 * Entries live at their ingestion time and expire after the retention.
 */
public final class ArticleIndexStage {
    /** The index store (changelog "&lt;application.id&gt;-article-index-store-changelog"). */
    public static final String STORE = "article-index-store";
    /** Processor names, one per input. */
    public static final String RAW_PROCESSOR = "article-index-raw";
    public static final String ENRICHED_PROCESSOR = "article-index-enriched";
    public static final String DUPLICATES_PROCESSOR = "article-index-duplicates";

    private final Serde<IndexedArticle> serde;
    private final Duration retention;

    /**
     * @param serde     value serde of the store
     * @param retention how long an article stays queryable after it was ingested
     */
    public ArticleIndexStage(Serde<IndexedArticle> serde, Duration retention) {
        this.serde = Objects.requireNonNull(serde, "serde");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** Adds the store and the three processors that fill it. */
    public void addTo(StreamsBuilder builder, KStream<String, Article> raw, KStream<String, EnrichedArticle> enriched,
                      KStream<String, DuplicateDetected> duplicates) {
        // entries are put at one time each; a 1 ms window keeps the store's window arithmetic trivial
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(STORE, retention, Duration.ofMillis(1), false),
            Serdes.String(), serde));
        raw.process(() -> new ArticleIndexProcessor<Article>(STORE, retention, ArticleSummaries::withRaw),
            Named.as(RAW_PROCESSOR), STORE);
        enriched.process(() -> new ArticleIndexProcessor<EnrichedArticle>(STORE, retention, ArticleSummaries::withEnriched),
            Named.as(ENRICHED_PROCESSOR), STORE);
        duplicates.process(() -> new ArticleIndexProcessor<DuplicateDetected>(STORE, retention, ArticleSummaries::withDuplicate),
            Named.as(DUPLICATES_PROCESSOR), STORE);
    }
}
