package io.newsflow.app.dev;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import io.newsflow.streams.errors.BoundedThreadReplacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a topology as a {@link KafkaStreams} instance: starts it, waits until it is RUNNING,
 * and closes it cleanly. An uncaught exception replaces the failed stream thread a bounded number
 * of times ({@link BoundedThreadReplacement}), then shuts the client down so it is seen.
 */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    public StreamsRunner(Topology topology, java.util.Properties properties) {
        this.streams = new KafkaStreams(topology, properties);
        streams.setStateListener((now, before) -> {
            LOG.debug("Streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING || now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(BoundedThreadReplacement.defaults());
    }

    /** Starts the application and waits up to {@code timeout} for it to be RUNNING. */
    public StreamsRunner start(Duration timeout) {
        streams.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Kafka Streams did not reach RUNNING within " + timeout
                    + " (state " + streams.state() + ")");
            }
            if (streams.state() != KafkaStreams.State.RUNNING) {
                throw new IllegalStateException("Kafka Streams stopped while starting (state " + streams.state()
                    + "); the cause is logged above");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka Streams", e);
        }
        return this;
    }

    /** The underlying instance, for state and interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Closes the instance and leaves the consumer group, so a restart (or another instance) gets
     * the partitions at once instead of waiting for this member's session to time out.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
            .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
