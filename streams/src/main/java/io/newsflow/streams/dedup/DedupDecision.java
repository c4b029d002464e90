package io.newsflow.streams.dedup;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one article, combining the answers of every check.
 *
 * @param kind UNIQUE, EXACT, NEAR or REVISION
 * @param duplicateOf for EXACT and NEAR, the original; null otherwise
 * @param laterMatches matching articles that come after this one in {@link Precedence} order but were
 *                     indexed first (out-of-order input): each must be told it is a duplicate of this one
 */
public record DedupDecision(DecisionKind kind, Match duplicateOf, List<Match> laterMatches) {

    /** Validates the parts. */
    public DedupDecision {
        Objects.requireNonNull(kind, "kind");
        laterMatches = List.copyOf(laterMatches);
        if ((kind == DecisionKind.EXACT || kind == DecisionKind.NEAR) != (duplicateOf != null)) {
            throw new IllegalArgumentException("duplicateOf must be set exactly for EXACT and NEAR, got " + kind);
        }
    }

    /** The original's articleId, or null. */
    public String duplicateOfId() {
        return duplicateOf == null ? null : duplicateOf.candidate().articleId();
    }

    /** Hamming distance to the original, or -1 when not a duplicate. */
    public int hammingDistance() {
        return duplicateOf == null ? -1 : duplicateOf.hammingDistance();
    }

    /** Estimated similarity to the original, or 0 when not a duplicate. */
    public double similarity() {
        return duplicateOf == null ? 0.0 : duplicateOf.similarity();
    }
}
