package io.newsflow.streams.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

import io.newsflow.avro.IndexedArticle;
import io.newsflow.streams.topology.ArticleIndexStage;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Interactive queries on this instance's part of the article index ({@link ArticleIndexStage}).
 * Results are local only; {@link #owner} tells which instance holds an article, and callers
 * gather listings from every instance. Store access throws Kafka's
 * {@code InvalidStateStoreException} while the instance is not running or is rebalancing.
 */
public final class ArticleQueries {
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);
    /** Listings look at the last hour first: on a live stream it usually holds enough. */
    private static final Duration RECENT = Duration.ofHours(1);

    private final KafkaStreams streams;
    private final Clock clock;

    public ArticleQueries(KafkaStreams streams) {
        this(streams, Clock.systemUTC());
    }

    /** With the clock that says what "the last hour" is. */
    public ArticleQueries(KafkaStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    /** The article, when this instance holds it and the pipeline decided it. */
    public Optional<IndexedArticle> article(String articleId) {
        try (WindowStoreIterator<IndexedArticle> entries = store().backwardFetch(articleId, EARLIEST, LATEST)) {
            return entries.hasNext() ? Optional.of(entries.next().value).filter(ArticleFilter.ANY::matches) : Optional.empty();
        }
    }

    /** Up to {@code limit} of this instance's articles passing {@code filter}, newest first. */
    public List<IndexedArticle> recent(ArticleFilter filter, int limit) {
        ReadOnlyWindowStore<String, IndexedArticle> store = store();
        Instant since = clock.instant().minus(RECENT);
        List<IndexedArticle> latest = newest(store.backwardFetchAll(since, LATEST), filter, limit);
        // entries within a store segment come in key order, not time order: only a full pass is exact
        return latest.size() >= limit ? latest : newest(store.backwardFetchAll(EARLIEST, LATEST), filter, limit);
    }

    /** Where {@code articleId}'s partition of the index lives (active and standby hosts). */
    public KeyQueryMetadata owner(String articleId) {
        return streams.queryMetadataForKey(ArticleIndexStage.STORE, articleId, Serdes.String().serializer());
    }

    private static List<IndexedArticle> newest(KeyValueIterator<Windowed<String>, IndexedArticle> entries, ArticleFilter filter,
                                               int limit) {
        // a heap of the best `limit` so far, worst on top
        PriorityQueue<IndexedArticle> best = new PriorityQueue<>(ArticleFilter.NEWEST_FIRST.reversed());
        try (entries) {
            while (entries.hasNext()) {
                KeyValue<Windowed<String>, IndexedArticle> entry = entries.next();
                if (entry.value != null && filter.matches(entry.value)) {
                    best.add(entry.value);
                    if (best.size() > limit) {
                        best.poll();
                    }
                }
            }
        }
        List<IndexedArticle> out = new ArrayList<>(best);
        out.sort(ArticleFilter.NEWEST_FIRST);
        return out;
    }

    private ReadOnlyWindowStore<String, IndexedArticle> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(ArticleIndexStage.STORE, QueryableStoreTypes.windowStore()));
    }
}
