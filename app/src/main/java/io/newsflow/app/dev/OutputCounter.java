package io.newsflow.app.dev;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.streams.dedup.stream.LateMatchProcessor;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the committed records that arrive on a set of topics after a starting point (the end
 * of each topic when the counter was created), reading with {@code read_committed} as every
 * consumer of newsflow's exactly-once output should. Used to tell when a dev run is idle and
 * to print its summary; transaction markers take offsets, so records are counted, not offsets.
 */
public final class OutputCounter implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long corrections;

    public OutputCounter(String bootstrapServers, List<String> topics) {
        this.consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            counts.put(topic, 0L);
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // resolve the positions now, so records written from here on are all counted
        partitions.forEach(consumer::position);
    }

    /** Reads what has arrived since the last call and returns the counts per topic so far. */
    public Map<String, Long> poll() {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            counts.merge(record.topic(), 1L, Long::sum);
            if (record.headers().lastHeader(LateMatchProcessor.CORRECTION_HEADER) != null) {
                corrections++;
            }
        }
        return Map.copyOf(counts);
    }

    private long total(Set<String> topics) {
        return counts.entrySet().stream().filter(e -> topics.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * Outcomes on {@code topics}: records less corrections (a retrospective duplicate decision for
     * an article already published is a correction of its outcome, not a second one).
     */
    public long outcomes(Set<String> topics) {
        return total(topics) - corrections;
    }

    /** Retrospective duplicate decisions seen so far. */
    public long corrections() {
        return corrections;
    }

    /** The counts per topic, in the order the topics were given. */
    public Map<String, Long> counts() {
        return new LinkedHashMap<>(counts);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
