package io.newsflow.app.dev;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Counts the committed records that arrive on a set of topics after a starting point (the end
 * of each topic when the counter was created), reading with {@code read_committed} as every
 * consumer of newsflow's exactly-once output should. Used to tell when a dev run is idle and
 * to print its summary; the arithmetic is {@link RecordCounts}'.
 */
public final class OutputCounter implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final RecordCounts counts;

    public OutputCounter(String bootstrapServers, List<String> topics) {
        this.consumer = RecordCounts.committedConsumer(bootstrapServers, topics);
        this.counts = new RecordCounts(topics);
        consumer.seekToEnd(consumer.assignment());
        // resolve the positions now, so records written from here on are all counted
        consumer.assignment().forEach(consumer::position);
    }

    /** Reads what has arrived since the last call and returns the counts per topic so far. */
    public Map<String, Long> poll() {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            counts.add(record);
        }
        return Map.copyOf(counts.counts());
    }

    /** Whether this counter has read every record committed to its topics so far (markers take offsets, so by position). */
    public boolean readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment()); // read_committed: the stable offsets
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /**
     * Outcomes on {@code topics}: records less corrections (a retrospective duplicate decision for
     * an article already published is a correction of its outcome, not a second one).
     */
    public long outcomes(Set<String> topics) {
        return counts.outcomes(topics);
    }

    /** Retrospective duplicate decisions seen so far. */
    public long corrections() {
        return counts.corrections();
    }

    /** The counts per topic, in the order the topics were given. */
    public Map<String, Long> counts() {
        return counts.counts();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
