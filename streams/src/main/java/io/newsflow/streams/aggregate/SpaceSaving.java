package io.newsflow.streams.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The Space-Saving heavy-hitters summary (Metwally, Agrawal and El Abbadi, "Efficient Computation
 * of Frequent and Top-k Elements in Data Streams", ICDT 2005): at most {@code capacity} counters,
 * whatever the number of distinct terms, so a window's trend state has a fixed memory bound.
 *
 * <p>A term already monitored has its counter incremented. A new term takes a free counter, or,
 * when all are taken, replaces the term with the smallest count {@code min}: the newcomer starts at
 * {@code min + 1} with error {@code min}. Guarantees, for {@code N} = {@link #total()}: every
 * count overestimates the true count by at most its error, and every error is at most
 * {@code N / capacity}; so any term occurring more than {@code N / capacity} times is monitored,
 * and the top of the list is exact when the counts are well apart (skewed streams, as trends are).
 *
 * <p>The minimum is found in a sorted set ordered by (count, term), so an update costs
 * O(log capacity); ties are broken by term (the last in alphabetical order is evicted first, the first
 * ranks first) so the result does not depend on hash or arrival order. Not
 * thread-safe: one instance belongs to one window aggregate.
 */
public final class SpaceSaving {

    /** One monitored term: its estimated count and the maximum overestimation of it. */
    public record Counter(String term, long count, long error) {
        /** Validates the counter. */
        public Counter {
            Objects.requireNonNull(term, "term");
            if (count < 1 || error < 0 || error >= count) {
                throw new IllegalArgumentException("counter of '" + term + "' has count " + count + " and error " + error
                    + ": expected count >= 1 and 0 <= error < count");
            }
        }
    }

    /** By count descending, then term: the order of a trend list. */
    public static final Comparator<Counter> BY_COUNT_DESC =
        Comparator.comparingLong(Counter::count).reversed().thenComparing(Counter::term);
    /** The exact reverse of {@link #BY_COUNT_DESC}: the first is evicted, the descending view is the trend order. */
    private static final Comparator<Counter> BY_COUNT_ASC = BY_COUNT_DESC.reversed();

    private final int capacity;
    private final Map<String, Counter> byTerm;
    private final TreeSet<Counter> byCount = new TreeSet<>(BY_COUNT_ASC);
    private long total;

    /** An empty summary of at most {@code capacity} counters. */
    public SpaceSaving(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Space-Saving capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.byTerm = new HashMap<>(capacity * 2);
    }

    /** A summary restored from its state (a store value). */
    public static SpaceSaving of(int capacity, long total, List<Counter> counters) {
        if (counters.size() > capacity) {
            throw new IllegalArgumentException("Space-Saving state has " + counters.size() + " counters for capacity " + capacity);
        }
        SpaceSaving summary = new SpaceSaving(capacity);
        for (Counter c : counters) {
            if (summary.byTerm.put(c.term(), c) != null) {
                throw new IllegalArgumentException("Space-Saving state lists term '" + c.term() + "' twice");
            }
            summary.byCount.add(c);
        }
        summary.total = total;
        return summary;
    }

    /** Counts one occurrence of {@code term}. */
    public void add(String term) {
        Objects.requireNonNull(term, "term");
        total++;
        Counter current = byTerm.get(term);
        Counter next;
        if (current != null) {
            byCount.remove(current);
            next = new Counter(term, current.count() + 1, current.error());
        } else if (byTerm.size() < capacity) {
            next = new Counter(term, 1, 0);
        } else {
            Counter evicted = byCount.pollFirst();
            byTerm.remove(evicted.term());
            next = new Counter(term, evicted.count() + 1, evicted.count());
        }
        byTerm.put(term, next);
        byCount.add(next);
    }

    /** The {@code k} terms with the highest counts, highest first (ties by term). */
    public List<Counter> top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("top-k needs k >= 0, got " + k);
        }
        List<Counter> out = new ArrayList<>(Math.min(k, byCount.size()));
        for (Counter c : byCount.descendingSet()) {
            if (out.size() == k) {
                break;
            }
            out.add(c);
        }
        return out;
    }

    /** Every monitored counter, highest count first. */
    public List<Counter> counters() {
        return top(byCount.size());
    }

    /** Occurrences counted so far. */
    public long total() {
        return total;
    }

    /** The most counters this summary keeps. */
    public int capacity() {
        return capacity;
    }

    /** Counters in use. */
    public int size() {
        return byTerm.size();
    }
}
