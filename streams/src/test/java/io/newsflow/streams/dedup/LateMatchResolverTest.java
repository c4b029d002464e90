package io.newsflow.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LateMatchResolverTest {

    private static Match from(String id, long time) {
        return new Match(Candidates.withHash(id, time, "h" + id), Method.NEAR, 2, 0.8);
    }

    @Test
    void shouldCorrectUniqueArticleWhenAnEarlierOneFindsItAfterwards() {
        LateMatchResolver.Step decided = LateMatchResolver.empty().onDecision(DecisionKind.UNIQUE, null);
        assertThat(decided.retrospective()).isEmpty();
        LateMatchResolver.Step late = decided.state().onLateMatch(from("p", 5));
        assertThat(late.retrospective()).hasValueSatisfying(m -> assertThat(m.candidate().articleId()).isEqualTo("p"));
        assertThat(late.state().decision()).isEqualTo(DecisionKind.NEAR);
        assertThat(late.state().onLateMatch(from("p", 5)).retrospective()).isEmpty();
    }

    @Test
    void shouldHoldLateMatchUntilDecisionWhenItArrivesFirst() {
        LateMatchResolver.Step held = LateMatchResolver.empty().onLateMatch(from("q", 7)).state().onLateMatch(from("p", 5));
        assertThat(held.state().pending().candidate().articleId()).isEqualTo("p");
        assertThat(held.state().onDecision(DecisionKind.UNIQUE, null).retrospective()).isPresent();
        assertThat(held.state().onDecision(DecisionKind.NEAR, from("p", 5)).retrospective()).isEmpty();
    }

    @Test
    void shouldRepointDuplicateWhenAnEvenEarlierOriginalArrives() {
        LateMatchResolver dup = LateMatchResolver.empty().onDecision(DecisionKind.NEAR, from("b", 8)).state();
        assertThat(dup.onLateMatch(from("c", 9)).retrospective()).isEmpty();
        assertThat(dup.onLateMatch(from("a", 3)).retrospective()).hasValueSatisfying(
                m -> assertThat(m.candidate().articleId()).isEqualTo("a"));
    }

    @Test
    void shouldKeepRevisionWhenLateMatchArrives() {
        LateMatchResolver revision = LateMatchResolver.empty().onDecision(DecisionKind.REVISION, null).state();
        assertThat(revision.onLateMatch(from("a", 1)).retrospective()).isEmpty();
    }
}
