package io.newsflow.streams.errors;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsflow's policy for an exception that escaped every record-level handler: replace the stream
 * thread, so a transient failure costs one task restart (exactly-once makes the retry safe); but
 * when threads keep failing (more than {@code maxReplacements} within {@code window}), the error
 * is not transient (bad configuration, a broker that refuses the topics): shut the client down so
 * health checks and operators see it, instead of looping forever.
 */
public final class BoundedThreadReplacement implements StreamsUncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BoundedThreadReplacement.class);

    private final int maxReplacements;
    private final Duration window;
    private final Clock clock;
    private final Deque<Long> replacements = new ArrayDeque<>();

    /**
     * @param maxReplacements thread replacements tolerated within {@code window}
     * @param window          the sliding window
     * @param clock           time source
     */
    public BoundedThreadReplacement(int maxReplacements, Duration window, Clock clock) {
        this.maxReplacements = maxReplacements;
        this.window = window;
        this.clock = clock;
    }

    /** The default: three replacements within ten minutes. */
    public static BoundedThreadReplacement defaults() {
        return new BoundedThreadReplacement(3, Duration.ofMinutes(10), Clock.systemUTC());
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
        long now = clock.millis();
        while (!replacements.isEmpty() && now - replacements.peekFirst() > window.toMillis()) {
            replacements.removeFirst();
        }
        if (replacements.size() >= maxReplacements) {
            LOG.error("Stream threads failed {} times within {}; shutting the streams client down", replacements.size() + 1, window,
                exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        LOG.error("A stream thread failed; replacing it ({} of {} within {})", replacements.size(), maxReplacements, window, exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
