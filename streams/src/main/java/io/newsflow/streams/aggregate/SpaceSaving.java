package io.newsflow.streams.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * <p>Layout: parallel arrays and a term → slot index; counters are stored in slot order (the
 * store's updates work on that encoded form directly, {@link SpaceSavingCodec#add}, with the same
 * rules). Finding the minimum is a linear scan of the counts, done only when a new term evicts
 * one; the paper's bucket list would make it O(1) at the price of rebuilding it on every restore.
 * Ties: among equal counts the counter in the first slot is evicted (replaying the same records
 * evicts the same terms; comparing terms instead cost more than the rest of an update, as the
 * tail of a full summary is mostly tied); lists rank ties by term, never by hash order.
 * Not thread-safe: one instance belongs to one window aggregate.
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

    private final int capacity;
    private final String[] terms;
    private final long[] counts;
    private final long[] errors;
    private final Map<String, Integer> slots;
    private int size;
    private long total;

    /** An empty summary of at most {@code capacity} counters. */
    public SpaceSaving(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Space-Saving capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.terms = new String[capacity];
        this.counts = new long[capacity];
        this.errors = new long[capacity];
        this.slots = new HashMap<>(capacity * 2);
    }

    /** A summary restored from its state (a store value), counters in any order. */
    public static SpaceSaving of(int capacity, long total, List<Counter> counters) {
        if (counters.size() > capacity) {
            throw new IllegalArgumentException("Space-Saving state has " + counters.size() + " counters for capacity " + capacity);
        }
        SpaceSaving summary = new SpaceSaving(capacity);
        for (Counter c : counters) {
            if (summary.slots.put(c.term(), summary.size) != null) {
                throw new IllegalArgumentException("Space-Saving state lists term '" + c.term() + "' twice");
            }
            summary.terms[summary.size] = c.term();
            summary.counts[summary.size] = c.count();
            summary.errors[summary.size] = c.error();
            summary.size++;
        }
        summary.total = total;
        return summary;
    }

    /** The smallest count when every counter is taken (what an unmonitored term may have), else 0. */
    long minCount() {
        return size < capacity || size == 0 ? 0 : counts[minSlot(counts, size)];
    }

    /** Appends one counter while restoring a stored summary (the codec's fast path: no Counter objects). */
    void restore(String term, long count, long error) {
        if (size == capacity || slots.put(term, size) != null) {
            throw new IllegalArgumentException("Space-Saving state lists term '" + term + "' twice or more than " + capacity + " counters");
        }
        put(size++, term, count, error);
    }

    void restoreTotal(long total) {
        this.total = total;
    }

    String termAt(int slot) {
        return terms[slot];
    }

    long countAt(int slot) {
        return counts[slot];
    }

    long errorAt(int slot) {
        return errors[slot];
    }

    /** Counts one occurrence of {@code term}. */
    public void add(String term) {
        Objects.requireNonNull(term, "term");
        total++;
        Integer slot = slots.get(term);
        if (slot != null) {
            counts[slot]++;
        } else if (size < capacity) {
            put(size++, term, 1, 0);
        } else {
            int min = minSlot(counts, size);
            slots.remove(terms[min]);
            put(min, term, counts[min] + 1, counts[min]);
        }
    }

    private void put(int slot, String term, long count, long error) {
        terms[slot] = term;
        counts[slot] = count;
        errors[slot] = error;
        slots.put(term, slot);
    }

    /**
     * The first of {@code size} slots with the smallest count, the one a new term evicts: a scan of
     * longs, no term comparisons among the (many) tied counters. {@link PackedSummary} follows it too.
     */
    static int minSlot(long[] counts, int size) {
        int min = 0;
        for (int i = 1; i < size; i++) {
            if (counts[i] < counts[min]) {
                min = i;
            }
        }
        return min;
    }

    /** The {@code k} terms with the highest counts, highest first (ties by term). */
    public List<Counter> top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("top-k needs k >= 0, got " + k);
        }
        List<Counter> all = unordered();
        all.sort(BY_COUNT_DESC);
        return new ArrayList<>(all.subList(0, Math.min(k, all.size())));
    }

    /** Every monitored counter, highest count first. */
    public List<Counter> counters() {
        return top(size);
    }

    /** Every monitored counter in slot order: the cheap form to store. */
    public List<Counter> unordered() {
        List<Counter> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Counter(terms[i], counts[i], errors[i]));
        }
        return out;
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
        return size;
    }

    @Override
    public String toString() {
        return "SpaceSaving" + Arrays.toString(Arrays.copyOf(terms, size));
    }
}
