package io.newsflow.app.metrics;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Sums Kafka Streams' task-level {@code dropped-records-total} over every task of an instance:
 * the records its deserialization, processing and production exception handlers skipped.
 */
final class DroppedRecords {
    static final String GROUP = "stream-task-metrics";
    static final String NAME = "dropped-records-total";

    private DroppedRecords() {
    }

    /** The total over the instance's current tasks (tasks moved away take their counts with them). */
    static double total(KafkaStreams streams) {
        double sum = 0;
        for (var entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            if (GROUP.equals(name.group()) && NAME.equals(name.name())) {
                Metric metric = entry.getValue();
                if (metric.metricValue() instanceof Number n && !Double.isNaN(n.doubleValue())) {
                    sum += n.doubleValue();
                }
            }
        }
        return sum;
    }
}
