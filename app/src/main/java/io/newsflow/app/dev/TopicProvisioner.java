package io.newsflow.app.dev;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates newsflow's public topics when they are missing, so a fresh cluster works at once.
 * Existing topics are left as they are (their partition count is the operator's choice).
 */
public final class TopicProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private final String bootstrapServers;
    private final int partitions;
    private final short replicationFactor;

    /**
     * @param bootstrapServers  the cluster
     * @param partitions        partitions of each new topic
     * @param replicationFactor replicas of each new topic, or -1 for the broker's default
     */
    public TopicProvisioner(String bootstrapServers, int partitions, short replicationFactor) {
        if (partitions < 1) {
            throw new IllegalArgumentException("Invalid value '" + partitions + "' for topic partitions: expected 1 or more");
        }
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** Creates each missing topic of {@code names}; returns those it created. */
    public List<String> ensure(Collection<String> names) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, java.util.Optional.of(partitions), java.util.Optional.of(replicationFactor)));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics on " + bootstrapServers, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + names + " on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }
}
