package io.newsflow.streams.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the k+1 per-block answers about one article into one decision.
 *
 * <p>Only matches that precede the article in {@link Precedence} order can make it a duplicate,
 * and the original is the earliest of them. This makes the verdict independent of processing
 * order: if two near-duplicates race through different block tasks and each sees the other, only
 * the later one becomes the duplicate. Matches that come after the article (they were indexed
 * first because input arrived out of order) are returned as {@code laterMatches}, to be corrected.
 */
public final class DecisionCombiner {

    /** Among matches on the same original, an EXACT one and then the closest wins. */
    private static final Comparator<Match> ORIGINAL_FIRST = Comparator
            .comparing(Match::candidate, Precedence.ORDER)
            .thenComparing(Match::method)
            .thenComparingInt(Match::hammingDistance);

    private DecisionCombiner() {
    }

    /** Records that block {@code index} answered. */
    public static long withAnswer(long answeredBlocks, int index) {
        return answeredBlocks | (1L << index);
    }

    /** Whether all {@code blockCount} blocks have answered. */
    public static boolean complete(long answeredBlocks, int blockCount) {
        long all = blockCount >= 64 ? -1L : (1L << blockCount) - 1;
        return (answeredBlocks & all) == all;
    }

    /**
     * @param subject the article decided on
     * @param revision its revision number (0 for a first version)
     * @param matches every verified match from every block, duplicates allowed
     * @return the decision
     */
    public static DedupDecision decide(Candidate subject, int revision, Collection<Match> matches) {
        Match original = null;
        Map<String, Match> later = new LinkedHashMap<>();
        for (Match m : matches) {
            if (Precedence.precedes(m.candidate(), subject)) {
                if (original == null || ORIGINAL_FIRST.compare(m, original) < 0) {
                    original = m;
                }
            } else {
                later.merge(m.candidate().articleId() + "@" + m.candidate().eventTime(), m,
                        (a, b) -> ORIGINAL_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        if (original != null) {
            return new DedupDecision(DecisionKind.of(original.method()), original, List.of());
        }
        List<Match> laterMatches = new ArrayList<>(later.values());
        laterMatches.sort(ORIGINAL_FIRST);
        return new DedupDecision(revision > 0 ? DecisionKind.REVISION : DecisionKind.UNIQUE, null, laterMatches);
    }
}
