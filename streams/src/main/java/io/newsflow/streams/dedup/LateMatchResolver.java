package io.newsflow.streams.dedup;

import java.util.Optional;

/**
 * Corrects decisions when input arrives out of order, so that the last decision reported for each
 * article is the one in-order input would have produced. An article T decided earlier can later be
 * found by an article P that precedes it (P was processed after T). If T was published as UNIQUE,
 * or was a duplicate of an original that P precedes, T is reported again as a duplicate of P,
 * flagged retrospective. T's own decision and late matches may arrive in either order; revisions
 * keep their verdict (they are updates of their own URL).
 *
 * @param decision T's verdict, null while not yet known here
 * @param original T's current original when it is a duplicate, else null
 * @param pending the earliest late match received before the verdict, or null
 */
public record LateMatchResolver(DecisionKind decision, Match original, Match pending) {

    /** State before anything is known about the article. */
    public static LateMatchResolver empty() {
        return new LateMatchResolver(null, null, null);
    }

    /** The new state, and the retrospective duplicate to report if the change calls for one. */
    public record Step(LateMatchResolver state, Optional<Match> retrospective) {
    }

    /**
     * The article's own verdict arrives.
     *
     * @param kind the verdict
     * @param duplicateOf the original for EXACT and NEAR, else null
     */
    public Step onDecision(DecisionKind kind, Match duplicateOf) {
        if (decision != null) {
            return new Step(this, Optional.empty());
        }
        LateMatchResolver decided = new LateMatchResolver(kind, duplicateOf, null);
        return pending == null ? new Step(decided, Optional.empty()) : decided.onLateMatch(pending);
    }

    /** An earlier article reports that it matches this one. */
    public Step onLateMatch(Match match) {
        if (decision == null) {
            boolean better = pending == null || Precedence.precedes(match.candidate(), pending.candidate());
            return new Step(better ? new LateMatchResolver(null, null, match) : this, Optional.empty());
        }
        boolean correct = decision == DecisionKind.UNIQUE
                || (original != null && Precedence.precedes(match.candidate(), original.candidate()));
        if (!correct) {
            return new Step(this, Optional.empty());
        }
        return new Step(new LateMatchResolver(DecisionKind.of(match.method()), match, null), Optional.of(match));
    }
}
