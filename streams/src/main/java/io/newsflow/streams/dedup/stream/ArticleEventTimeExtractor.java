package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.Article;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of an article: its publication time when known, else its ingest time. Dedup orders
 * originals before copies and applies the horizon on this time, so a republication published a day
 * later is the copy even if it was ingested first. Records that are not articles keep their own
 * timestamp.
 */
public final class ArticleEventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article a) {
            return a.getPublishedAt() != null ? a.getPublishedAt().toEpochMilli() : a.getIngestedAt().toEpochMilli();
        }
        return record.timestamp();
    }
}
