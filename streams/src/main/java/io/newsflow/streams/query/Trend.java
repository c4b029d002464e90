package io.newsflow.streams.query;

import java.time.Instant;
import java.util.List;

/**
 * The top terms of one kind in one window.
 *
 * @param type        what is ranked
 * @param window      which window kind
 * @param windowStart start of the window, or null when there is no data yet
 * @param windowEnd   end of the window (exclusive), or null when there is no data yet
 * @param items       highest count first, then term
 */
public record Trend(TrendType type, StatsWindow window, Instant windowStart, Instant windowEnd, List<TrendEntry> items) {
    /** Copies the list. */
    public Trend {
        items = List.copyOf(items);
    }
}
