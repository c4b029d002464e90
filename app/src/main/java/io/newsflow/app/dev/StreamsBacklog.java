package io.newsflow.app.dev;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Whether the streams application has read everything written to the topics it consumes, its own
 * repartition topics included: the condition under which no outcome is still on its way. Output
 * alone cannot tell, because a retrospective correction (an earlier original found later) starts
 * as a signal in a repartition topic after the article's outcome was already published, and may sit
 * there for seconds while the application is busy or rebalancing. For each partition the group's
 * committed offset is compared with the end of its committed records; the application's own topics
 * are written in transactions, whose commit markers take offsets, so a gap is read through once to
 * tell markers from records.
 */
public final class StreamsBacklog implements AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> probe;
    private final String applicationId;
    private final Set<String> sourceNames;
    /** The source topics' partitions, resolved once the application has created its repartition topics. */
    private Set<TopicPartition> partitions;

    /**
     * @param applicationId the streams application's {@code application.id}, its consumer group
     * @param topology      the application's topology: its sources name the topics it consumes
     */
    public StreamsBacklog(String bootstrapServers, String applicationId, TopologyDescription topology) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.probe = RecordCounts.committedConsumer(bootstrapServers, List.of());
        this.applicationId = applicationId;
        this.sourceNames = sourceNames(topology);
    }

    private static Set<String> sourceNames(TopologyDescription topology) {
        Set<String> names = new HashSet<>();
        for (TopologyDescription.Subtopology sub : topology.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    names.addAll(source.topicSet());
                }
            }
        }
        return names;
    }

    /** True when every record committed to the application's source topics has been consumed and committed. */
    public boolean caughtUp() {
        try {
            if (partitions == null) {
                partitions = sourcePartitions(); // topics do not change while the application runs: asked once
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> behind = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata read = committed.get(partition);
                long from = Math.max(read == null ? 0 : read.offset(), starts.get(partition));
                if (from < ends.get(partition)) {
                    behind.put(partition, from);
                }
            }
            return behind.isEmpty() || onlyMarkers(behind, ends);
        } catch (ExecutionException | TimeoutException e) {
            return false; // the broker did not answer in time: not known to be caught up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The partitions of the source topics; a repartition topic's real name carries the application id. */
    private Set<TopicPartition> sourcePartitions() throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Set<String> topics = new HashSet<>();
        for (String name : sourceNames) {
            topics.add(existing.contains(name) ? name : applicationId + "-" + name);
        }
        Set<TopicPartition> partitions = new HashSet<>();
        admin.describeTopics(topics).allTopicNames().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .forEach((topic, description) -> description.partitions()
                .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        return partitions;
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
            .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /** Reads each gap once: true when it holds no record, only transaction markers. */
    private boolean onlyMarkers(Map<TopicPartition, Long> behind, Map<TopicPartition, Long> ends) {
        probe.assign(behind.keySet());
        behind.forEach(probe::seek);
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!probe.poll(Duration.ofMillis(100)).isEmpty()) {
                return false; // a record the application has not committed yet
            }
            if (behind.keySet().stream().allMatch(p -> probe.position(p) >= ends.get(p))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        probe.close();
        admin.close(Duration.ofSeconds(5));
    }
}
