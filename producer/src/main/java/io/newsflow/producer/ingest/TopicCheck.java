package io.newsflow.producer.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Checks once, before producing, that the broker is reachable and both topics exist. Brokers with
 * topic auto-creation off make a send to a missing topic block for {@code max.block.ms} per record:
 * checking up front turns a slow, silent stall into one clear error.
 */
public final class TopicCheck {
    private static final int TIMEOUT_MS = 15_000;

    private TopicCheck() {
    }

    /** A message naming what is wrong, or empty when the articles and rejected topics both exist. */
    public static Optional<String> problem(ProducerSettings settings) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS);
            List<String> absent = Stream.of(settings.articlesTopic(), settings.rejectedTopic()).filter(t -> !existing.contains(t)).toList();
            return absent.isEmpty() ? Optional.empty() : Optional.of("topic(s) " + absent + " do not exist on "
                    + settings.bootstrapServers() + " (create them, or start newsflow dev which does)");
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of("cannot reach Kafka at " + settings.bootstrapServers() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking topics on " + settings.bootstrapServers());
        }
    }
}
