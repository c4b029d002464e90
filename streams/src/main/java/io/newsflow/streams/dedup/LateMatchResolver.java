package io.newsflow.streams.dedup;

import java.util.Optional;

/**
 * Corrects decisions when input arrives out of order. An article T that was decided UNIQUE can later
 * be found by an earlier article P (P precedes T but was processed after it); T is then reported as a
 * duplicate of P, flagged retrospective. The decision of T and the late match may arrive in either
 * order; an article that is already a duplicate or a revision keeps its first verdict.
 *
 * @param decision T's verdict, null while not yet known here
 * @param pending the earliest late match received before the verdict, or null
 */
public record LateMatchResolver(DecisionKind decision, Match pending) {

    /** State before anything is known about the article. */
    public static LateMatchResolver empty() {
        return new LateMatchResolver(null, null);
    }

    /** The new state, and the retrospective duplicate to report if the change calls for one. */
    public record Step(LateMatchResolver state, Optional<Match> retrospective) {
    }

    /** The article's own verdict arrives. */
    public Step onDecision(DecisionKind kind) {
        if (decision != null) {
            return new Step(this, Optional.empty());
        }
        if (kind == DecisionKind.UNIQUE && pending != null) {
            return new Step(new LateMatchResolver(DecisionKind.of(pending.method()), null), Optional.of(pending));
        }
        return new Step(new LateMatchResolver(kind, null), Optional.empty());
    }

    /** An earlier article reports that it matches this one. */
    public Step onLateMatch(Match match) {
        if (decision == null) {
            boolean better = pending == null || Precedence.ORDER.compare(match.candidate(), pending.candidate()) < 0;
            return new Step(better ? new LateMatchResolver(null, match) : this, Optional.empty());
        }
        if (decision == DecisionKind.UNIQUE) {
            return new Step(new LateMatchResolver(DecisionKind.of(match.method()), null), Optional.of(match));
        }
        return new Step(this, Optional.empty());
    }
}
