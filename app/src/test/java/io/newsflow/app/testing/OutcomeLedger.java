package io.newsflow.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.avro.DuplicateDetected;
import io.newsflow.streams.dedup.stream.LateMatchProcessor;
import io.newsflow.streams.topology.AvroSerdes;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Everything the streams application committed on its output topics ({@code articles.enriched},
 * {@code articles.duplicates}, {@code articles.dlq}), read from the beginning with
 * {@code read_committed}, and the exactly-once reconciliation of fault tests: every published
 * article has exactly one outcome, retrospective corrections (header
 * {@link LateMatchProcessor#CORRECTION_HEADER}) counted as corrections, not outcomes.
 */
public final class OutcomeLedger implements AutoCloseable {
    private static final List<String> TOPICS = List.of(TopicNames.ARTICLES_ENRICHED, TopicNames.ARTICLES_DUPLICATES,
        TopicNames.ARTICLES_DLQ);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Deserializer<DuplicateDetected> duplicates;
    private final List<String> enriched = new ArrayList<>();
    private final List<DuplicateDetected> decisions = new ArrayList<>();
    private final List<DuplicateDetected> corrections = new ArrayList<>();
    private final List<ConsumerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();

    public OutcomeLedger(String bootstrapServers, String schemaRegistryUrl) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
        duplicates = AvroSerdes.<DuplicateDetected>specific(Map.of("schema.registry.url", schemaRegistryUrl)).deserializer();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Outcomes so far: enriched + duplicate decisions + dead letters, corrections not counted. */
    public long outcomes() {
        return enriched.size() + decisions.size() + deadLetters.size();
    }

    /** Reads what arrived, for about {@code wait} at most; returns the outcomes so far. */
    public long poll(Duration wait) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(wait)) {
            switch (record.topic()) {
                case TopicNames.ARTICLES_ENRICHED -> enriched.add(new String(record.key(), StandardCharsets.UTF_8));
                case TopicNames.ARTICLES_DUPLICATES -> {
                    DuplicateDetected decision = duplicates.deserialize(record.topic(), record.value());
                    (record.headers().lastHeader(LateMatchProcessor.CORRECTION_HEADER) != null ? corrections : decisions).add(decision);
                }
                default -> deadLetters.add(record);
            }
        }
        return outcomes();
    }

    /**
     * Polls until at least {@code expected} outcomes arrived (fails after {@code timeout}), then
     * until nothing more arrives for two seconds, so an outcome written twice would be seen.
     */
    public OutcomeLedger awaitOutcomes(long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outcomes() < expected && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(250));
        }
        assertThat(outcomes()).as("outcomes within %s (enriched %d, duplicates %d, corrections %d, dead letters %d)", timeout,
            enriched.size(), decisions.size(), corrections.size(), deadLetters.size()).isGreaterThanOrEqualTo(expected);
        return awaitQuiet();
    }

    /**
     * Polls until {@code copies} articles have been judged duplicates (fails after {@code timeout}), then until nothing
     * more arrives for two seconds. A retrospective correction travels two repartition hops after its article's outcome,
     * so on a busy host it can come later than {@link #awaitOutcomes}'s quiet seconds (seen once: 44 of 45 copies read).
     */
    public OutcomeLedger awaitJudgedDuplicates(int copies, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (judgedDuplicates().size() < copies && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(250));
        }
        return awaitQuiet();
    }

    /** Polls until nothing more arrives for two seconds, so an outcome written twice would be seen. */
    private OutcomeLedger awaitQuiet() {
        long quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < quietUntil) {
            long before = records();
            poll(Duration.ofMillis(250));
            if (records() != before) {
                quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            }
        }
        return this;
    }

    private Set<String> judgedDuplicates() {
        Set<String> judged = new HashSet<>();
        concat(decisions, corrections).forEach(d -> judged.add(d.getArticleId()));
        return judged;
    }

    private long records() {
        return outcomes() + corrections.size();
    }

    /**
     * Every published article has exactly one outcome (enriched, or a duplicate decision), none
     * is missing or written twice, nothing else was written, no decision was written twice, and
     * exactly {@code copies} articles were finally judged duplicates.
     */
    public void assertExactlyOnce(Set<String> published, int copies) {
        Map<String, Integer> outcomes = new HashMap<>();
        enriched.forEach(id -> outcomes.merge(id, 1, Integer::sum));
        decisions.forEach(d -> outcomes.merge(d.getArticleId(), 1, Integer::sum));
        assertThat(deadLetters).as("dead letters").isEmpty();
        assertThat(outcomes.keySet()).as("articles with an outcome").containsExactlyInAnyOrderElementsOf(published);
        assertThat(outcomes).as("outcomes per article").allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        Set<List<Object>> seen = new HashSet<>();
        for (DuplicateDetected d : concat(decisions, corrections)) {
            assertThat(seen.add(List.of(d.getArticleId(), d.getDuplicateOf(), d.getRetrospective())))
                .as("decision %s -> %s written once", d.getArticleId(), d.getDuplicateOf()).isTrue();
        }
        assertThat(judgedDuplicates()).as("articles judged duplicates").hasSize(copies);
    }

    private static List<DuplicateDetected> concat(List<DuplicateDetected> a, List<DuplicateDetected> b) {
        List<DuplicateDetected> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Article ids on {@code articles.enriched}. */
    public List<String> enriched() {
        return List.copyOf(enriched);
    }

    /** Duplicate decisions that are not corrections. */
    public List<DuplicateDetected> decisions() {
        return List.copyOf(decisions);
    }

    /** Retrospective corrections. */
    public List<DuplicateDetected> corrections() {
        return List.copyOf(corrections);
    }

    /** Records on the dead-letter topic. */
    public List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** One line for logs and reports. */
    public String summary() {
        return "enriched " + enriched.size() + ", duplicates " + decisions.size() + ", corrections " + corrections.size()
            + ", dead letters " + deadLetters.size();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
