package io.newsflow.app.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;

/** Watches a streams application's consumer group: who holds which input partitions. */
public final class StreamsGroup implements AutoCloseable {
    private final Admin admin;
    private final String applicationId;

    public StreamsGroup(String bootstrapServers, String applicationId) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.applicationId = applicationId;
    }

    /** Input partitions of {@code topic} held by each member of the group (a stable group only). */
    public List<Long> partitionsPerMember(String topic) {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId)).all()
                .get(10, TimeUnit.SECONDS).get(applicationId);
            if (group.groupState() != GroupState.STABLE) {
                return List.of();
            }
            return group.members().stream().map(MemberDescription::assignment)
                .map(a -> a.topicPartitions().stream().filter(tp -> tp.topic().equals(topic)).count()).toList();
        } catch (ExecutionException | TimeoutException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True when the group has no member left (every instance closed and left, or timed out). */
    public boolean isEmpty() {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId)).all()
                .get(10, TimeUnit.SECONDS).get(applicationId);
            return group.members().isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the group until {@code condition} holds for the partitions per member; false on
     * timeout. {@code between} runs between two checks: a bounded poll of something the test
     * reads anyway (its output consumer), which paces the checks without sleeping.
     */
    public boolean await(String topic, Predicate<List<Long>> condition, Duration timeout, Runnable between) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(partitionsPerMember(topic))) {
                return true;
            }
            between.run();
        }
        return false;
    }

    @Override
    public void close() {
        admin.close();
    }
}
