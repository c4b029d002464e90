package io.newsflow.streams.dedup;

import java.util.Comparator;

/**
 * The deterministic order that decides which of two matching articles is the original: the earlier
 * event time, then the smaller articleId. Every dedup decision uses it, so decisions do not depend on
 * the order in which partitions happen to be processed.
 */
public final class Precedence {

    /** Orders candidates from original to latest copy. */
    public static final Comparator<Candidate> ORDER =
            Comparator.comparingLong(Candidate::eventTime).thenComparing(Candidate::articleId);

    private Precedence() {
    }

    /** Whether {@code a} comes strictly before {@code b}. */
    public static boolean precedes(Candidate a, Candidate b) {
        return ORDER.compare(a, b) < 0;
    }
}
