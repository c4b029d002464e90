package io.newsflow.streams.aggregate;

import java.time.Duration;
import java.util.Objects;

/**
 * A time-window definition (tumbling when advance equals size, else hopping), with the same
 * epoch-aligned windows Kafka Streams' {@code TimeWindows} makes, and the lateness rule newsflow
 * applies before a windowed aggregation.
 *
 * <p>A record is <em>late</em> when the oldest window it belongs to has already closed: its end is
 * at or before stream time minus grace (Kafka's aggregation accepts a window while
 * {@code end > streamTime - grace}). Late records are left out of every window and counted, so a
 * record is either in all its windows or in none: Kafka Streams never has to skip a closed window
 * itself (it would count that in the task's {@code dropped-records}, which newsflow reports as
 * dead letters).
 *
 * @param id      short name used in keys, stores and topics ("1m", "1h")
 * @param size    window length
 * @param advance distance between window starts
 */
public record WindowSpec(String id, Duration size, Duration advance) {

    /** Tumbling one-minute windows. */
    public static final WindowSpec ONE_MINUTE = new WindowSpec("1m", Duration.ofMinutes(1), Duration.ofMinutes(1));
    /** One-hour windows starting every five minutes. */
    public static final WindowSpec ONE_HOUR = new WindowSpec("1h", Duration.ofHours(1), Duration.ofMinutes(5));

    /** Tumbling five-minute windows: the panes the one-hour windows are merged from. */
    public static final WindowSpec FIVE_MINUTES = new WindowSpec("5m", Duration.ofMinutes(5), Duration.ofMinutes(5));

    /** Validates the definition. */
    public WindowSpec {
        Objects.requireNonNull(id, "id");
        if (size == null || size.isNegative() || size.isZero()) {
            throw new IllegalArgumentException("window '" + id + "' needs a positive size, got " + size);
        }
        if (advance == null || advance.isNegative() || advance.isZero() || advance.compareTo(size) > 0) {
            throw new IllegalArgumentException("window '" + id + "' needs an advance in (0, size], got " + advance);
        }
    }

    /** Whether windows do not overlap. */
    public boolean tumbling() {
        return advance.equals(size);
    }

    /** Start of the oldest window containing {@code timestamp} (as {@code TimeWindows.windowsFor}: never negative). */
    public long oldestWindowStart(long timestamp) {
        long sizeMs = size.toMillis();
        long advanceMs = advance.toMillis();
        return Math.max(0, timestamp - sizeMs + advanceMs) / advanceMs * advanceMs;
    }

    /** Start of the newest window containing {@code timestamp}. */
    public long newestWindowStart(long timestamp) {
        long advanceMs = advance.toMillis();
        return timestamp / advanceMs * advanceMs;
    }

    /** Whether a record at {@code timestamp} comes after the grace period of its oldest window. */
    public boolean isLate(long timestamp, long streamTime, Duration grace) {
        long closeTime = streamTime - grace.toMillis();
        return oldestWindowStart(timestamp) + size.toMillis() <= closeTime;
    }

    /**
     * The tumbling panes of these windows ("No pane, no gain", Li et al., SIGMOD Record 2005): one
     * per advance, so each window is the union of size / advance consecutive panes.
     */
    public WindowSpec panes() {
        return advance.equals(FIVE_MINUTES.size()) ? FIVE_MINUTES : new WindowSpec(id + "-pane", advance, advance);
    }

    /** Start of the last pane of the window starting at {@code windowStart}. */
    public long lastPaneStart(long windowStart) {
        return windowStart + size.toMillis() - advance.toMillis();
    }

    /** The window whose data is complete up to {@code newestStart}: for hopping windows, the one ending just after it. */
    public long fullestWindowStart(long newestStart) {
        return Math.max(0, newestStart - size.toMillis() + advance.toMillis());
    }
}
