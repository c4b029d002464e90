package io.newsflow.app.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker holds: the sum of every partition's end offset (records written, transaction
 * markers included) and of the log sizes on disk, over all topics (internal repartition and
 * changelog topics too). The difference across a phase, per article, shows how much Kafka work
 * one article costs the topology compared with the passthrough.
 */
final class BrokerFootprint {

    /** Records and bytes the broker holds at one moment. */
    record Snapshot(long records, long bytes) {
        Snapshot minus(Snapshot before) {
            return new Snapshot(records - before.records, bytes - before.bytes);
        }
    }

    private BrokerFootprint() {
    }

    static Snapshot take(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, TopicDescription> topics = admin.describeTopics(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                .allTopicNames().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topics.values().forEach(t -> t.partitions().forEach(p -> latest.put(new TopicPartition(t.name(), p.partition()),
                OffsetSpec.latest())));
            long records = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(o -> o.offset()).sum();
            long bytes = admin.describeLogDirs(List.of(1)).allDescriptions().get(30, TimeUnit.SECONDS).values().stream()
                .flatMap(dirs -> dirs.values().stream())
                .flatMap(dir -> dir.replicaInfos().values().stream())
                .mapToLong(r -> r.size()).sum();
            return new Snapshot(records, bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the broker's offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the broker's offsets and log sizes: " + e.getMessage(), e);
        }
    }
}
