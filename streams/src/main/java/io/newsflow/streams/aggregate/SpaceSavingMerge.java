package io.newsflow.streams.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merging {@link SpaceSaving} summaries of disjoint parts of a stream into one, with the same
 * guarantees over the parts' total: how an hour's trend list is made from its 5-minute panes.
 */
public final class SpaceSavingMerge {

    private SpaceSavingMerge() {
    }

    /**
     * Merges summaries of disjoint parts of a stream (the 5-minute panes of an hour) into one of
     * {@code capacity} counters: "Mergeable Summaries" (Agarwal et al., PODS 2012), in the form of
     * Cafaro et al.'s parallel Space-Saving. A term's merged count is the sum of its counts, plus,
     * for each full part that does not monitor it, that part's smallest count (it may have occurred
     * up to that many times there); the same amounts add to its error. Then the {@code capacity}
     * highest counts are kept. The guarantees of one summary hold for the merged one over the
     * parts' total: count - error <= true count <= count, error <= total / capacity. A part that is
     * not full monitors every term it saw, so it adds nothing for a term it lacks: merging panes
     * that were never full is exact.
     */
    public static SpaceSaving merge(int capacity, Collection<SpaceSaving> parts) {
        Map<String, long[]> sums = new HashMap<>();
        long total = 0;
        long missing = 0;   // what a term no part monitors may have: the sum of the full parts' minimums
        for (SpaceSaving part : parts) {
            total += part.total();
            missing += part.minCount();
        }
        long[] unmonitored = {missing, missing};
        for (SpaceSaving part : parts) {
            long partMin = part.minCount();
            for (int i = 0; i < part.size(); i++) {
                // start from every part's minimum, then replace this part's by the term's own count
                long[] sum = sums.computeIfAbsent(part.termAt(i), t -> unmonitored.clone());
                sum[0] += part.countAt(i) - partMin;
                sum[1] += part.errorAt(i) - partMin;
            }
        }
        // keep the capacity highest counts, ties by term; the cut-off count comes from a primitive sort,
        // so only the kept counters (and those tied at the cut) are built and sorted
        long[] all = new long[sums.size()];
        int n = 0;
        for (long[] sum : sums.values()) {
            all[n++] = sum[0];
        }
        Arrays.sort(all);
        long cut = all.length > capacity ? all[all.length - capacity] : Long.MIN_VALUE;
        List<SpaceSaving.Counter> merged = new ArrayList<>(Math.min(capacity, all.length) + 1);
        sums.forEach((term, sum) -> {
            if (sum[0] >= cut) {
                merged.add(new SpaceSaving.Counter(term, sum[0], sum[1]));
            }
        });
        merged.sort(SpaceSaving.BY_COUNT_DESC);
        return SpaceSaving.of(capacity, total, merged.subList(0, Math.min(capacity, merged.size())));
    }
}
