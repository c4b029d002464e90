package io.newsflow.streams.aggregate.stream;

import java.time.Duration;

import io.newsflow.streams.aggregate.WindowSpec;
import io.newsflow.streams.metrics.PipelineMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Stands right before a windowed aggregation and leaves out, and counts, the records that
 * aggregation would find too late ({@link WindowSpec#isLate}).
 *
 * <p>Why our own check rather than Kafka Streams' sensor: the aggregation skips a late record
 * silently except for the task-level {@code dropped-records} metric, which also counts the
 * records the exception handlers dead-letter (newsflow reports it as
 * {@code newsflow_records_dead_lettered_total}) and has no stage. This filter tracks stream time
 * exactly as the aggregation does (the highest record timestamp this task's processor has seen;
 * the two see the same records, and a dropped record never raises it), so what it lets through
 * the aggregation always accepts, and the late count is explicit and per stage.
 *
 * @param <V> value type, passed through unchanged
 */
final class LateRecordFilter<V> implements FixedKeyProcessor<String, V, V> {
    private final String stage;
    private final WindowSpec spec;
    private final Duration grace;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, V> context;
    private long streamTime = ConsumerRecord.NO_TIMESTAMP;

    LateRecordFilter(String stage, WindowSpec spec, Duration grace, PipelineMetrics metrics) {
        this.stage = stage;
        this.spec = spec;
        this.grace = grace;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        streamTime = Math.max(streamTime, record.timestamp());
        if (spec.isLate(record.timestamp(), streamTime, grace)) {
            metrics.lateRecord(stage);
            return;
        }
        context.forward(record);
    }
}
