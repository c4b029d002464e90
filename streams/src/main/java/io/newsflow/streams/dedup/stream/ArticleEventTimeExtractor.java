package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.Article;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of an article for deduplication: the time newsflow first saw it (its ingest time).
 * The first-seen article is the original and the horizon counts from ingestion.
 *
 * <p>Why not the publication time: it is missing for many scraped articles and can be years old
 * for others, so stream time would jump between the two; the horizon-bounded window stores then
 * silently drop entries older than stream time minus the horizon, and an article would never get
 * a decision. Ingest times move forward with the stream, so no article is lost that way.
 * Records that are not articles keep their own timestamp.
 */
public final class ArticleEventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article a) {
            return a.getIngestedAt().toEpochMilli();
        }
        return record.timestamp();
    }
}
