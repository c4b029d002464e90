package io.newsflow.streams.aggregate.stream;

import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of the statistics: when newsflow ingested the article ({@code Article.ingestedAt}),
 * the same time deduplication uses. A duplicate decision takes the duplicate's event time, so a
 * correction (retrospective decision) lands in the window where the article was first counted as
 * unique, whenever it is made. Other records keep their own timestamp.
 */
public final class StatsEventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof EnrichedArticle e) {
            return e.getArticle().getIngestedAt().toEpochMilli();
        }
        if (record.value() instanceof DuplicateDetected d) {
            return d.getEventTime().toEpochMilli();
        }
        return record.timestamp();
    }
}
