package io.newsflow.app.dev;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.streams.dedup.stream.LateMatchProcessor;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Records counted per topic, and how many of them are corrections (retrospective duplicate
 * decisions, marked by {@link LateMatchProcessor#CORRECTION_HEADER}): the arithmetic behind the dev
 * summary and {@code GET /api/stats}. Thread-safe: one thread counts, others read. Also opens the
 * consumer both use: read_committed, every partition of the topics assigned, no group.
 */
public final class RecordCounts {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long corrections;

    /** Counts start at zero for each of {@code topics}, kept in that order. */
    public RecordCounts(List<String> topics) {
        topics.forEach(topic -> counts.put(topic, 0L));
    }

    /** Counts one record. */
    public synchronized void add(ConsumerRecord<?, ?> record) {
        counts.merge(record.topic(), 1L, Long::sum);
        if (record.headers().lastHeader(LateMatchProcessor.CORRECTION_HEADER) != null) {
            corrections++;
        }
    }

    /** Records counted on {@code topic}. */
    public synchronized long count(String topic) {
        return counts.getOrDefault(topic, 0L);
    }

    /** Retrospective duplicate decisions counted so far. */
    public synchronized long corrections() {
        return corrections;
    }

    /** The counts per topic, in the order the topics were given. */
    public synchronized Map<String, Long> counts() {
        return new LinkedHashMap<>(counts);
    }

    /**
     * Outcomes on {@code topics}: records less corrections (a retrospective duplicate decision for
     * an article already published is a correction of its outcome, not a second one).
     */
    public synchronized long outcomes(Set<String> topics) {
        long total = counts.entrySet().stream().filter(e -> topics.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        return total - corrections;
    }

    /**
     * A consumer of raw bytes that reads only committed records (newsflow's output is written in
     * transactions; markers take offsets, so count records, not offsets), assigned every partition of
     * {@code topics}, at no position yet.
     */
    public static KafkaConsumer<byte[], byte[]> committedConsumer(String bootstrapServers, List<String> topics) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.assign(partitions(consumer, topics));
        return consumer;
    }

    private static List<TopicPartition> partitions(Consumer<?, ?> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }
}
