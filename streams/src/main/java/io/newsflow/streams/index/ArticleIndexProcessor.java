package io.newsflow.streams.index;

import java.time.Duration;
import java.util.function.BiFunction;

import io.newsflow.avro.IndexedArticle;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Folds one topic's events into the article index: reads the entry the index holds for the
 * article, applies a pure fold from {@link ArticleSummaries}, and stores the result at the
 * article's ingestion time (moving it when a revision was ingested later).
 *
 * @param <V> the event type of the topic this processor reads
 */
public final class ArticleIndexProcessor<V> implements Processor<String, V, Void, Void> {
    private final String storeName;
    private final long retentionMillis;
    private final BiFunction<IndexedArticle, V, IndexedArticle> fold;
    private WindowStore<String, IndexedArticle> store;
    private long newest = Long.MIN_VALUE;

    /**
     * @param storeName the index store
     * @param retention how long entries are kept, counted back from the newest ingestion time
     * @param fold      (entry or null, event) to the new entry, or null when nothing changes
     */
    public ArticleIndexProcessor(String storeName, Duration retention, BiFunction<IndexedArticle, V, IndexedArticle> fold) {
        this.storeName = storeName;
        this.retentionMillis = retention.toMillis();
        this.fold = fold;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        KeyValue<Long, IndexedArticle> existing = latest(store, record.key());
        IndexedArticle updated = fold.apply(existing == null ? null : existing.value, record.value());
        if (updated == null) {
            return;
        }
        long time = updated.getIngestedAt().toEpochMilli();
        newest = Math.max(newest, time);
        if (time < newest - retentionMillis) {
            // older than what the index keeps: the store would drop it with a warning per record
            return;
        }
        if (existing != null && existing.key != time) {
            store.put(record.key(), null, existing.key);
        }
        store.put(record.key(), updated, time);
    }

    /** The newest entry for {@code articleId} with its time, or null. */
    static KeyValue<Long, IndexedArticle> latest(WindowStore<String, IndexedArticle> store, String articleId) {
        try (WindowStoreIterator<IndexedArticle> entries = store.backwardFetch(articleId, 0L, Long.MAX_VALUE)) {
            return entries.hasNext() ? entries.next() : null;
        }
    }
}
