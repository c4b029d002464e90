package io.newsflow.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes when each article is ingested and when its enriched record reaches a {@code read_committed}
 * consumer of the output topic, on its own thread, so the difference is the latency a subscriber
 * sees. Only records written after the probe started are read; both times come from one clock
 * ({@link System#nanoTime()}) as everything runs in this process.
 */
final class LatencyProbe implements AutoCloseable {
    private final Map<String, Long> ingested = new ConcurrentHashMap<>();
    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final AtomicInteger seen = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    LatencyProbe(String bootstrapServers, String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(() -> {
            try (consumer) {
                while (!stop.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        received.putIfAbsent(record.key(), System.nanoTime());
                        seen.incrementAndGet();
                    }
                }
            }
        }, "newsflow-bench-latency-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** Records that {@code articleId} was ingested at {@code nanoTime}. */
    void ingested(String articleId, long nanoTime) {
        ingested.putIfAbsent(articleId, nanoTime);
    }

    /** Output records read so far. */
    int seen() {
        return seen.get();
    }

    /** The latencies of every ingested article that arrived, in milliseconds. */
    List<Double> latenciesMs() {
        List<Double> out = new ArrayList<>();
        received.forEach((id, at) -> {
            Long sent = ingested.get(id);
            if (sent != null) {
                out.add((at - sent) / 1e6);
            }
        });
        return out;
    }

    @Override
    public void close() {
        stop.set(true);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
