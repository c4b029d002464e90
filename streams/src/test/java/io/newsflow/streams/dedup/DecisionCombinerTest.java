package io.newsflow.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionCombinerTest {

    private static Match match(Candidate c, Method m, int distance) {
        return new Match(c, m, distance, 0.9);
    }

    @Test
    void shouldWaitForEveryBlockWhenCountingAnswers() {
        long answered = DecisionCombiner.withAnswer(DecisionCombiner.withAnswer(0, 0), 3);
        assertThat(DecisionCombiner.complete(answered, 4)).isFalse();
        answered = DecisionCombiner.withAnswer(DecisionCombiner.withAnswer(answered, 1), 2);
        assertThat(DecisionCombiner.complete(answered, 4)).isTrue();
        assertThat(DecisionCombiner.complete(DecisionCombiner.withAnswer(answered, 1), 4)).isTrue();
    }

    @Test
    void shouldBeUniqueOrRevisionWhenNothingMatches() {
        Candidate self = Candidates.withHash("x", 10, "h");
        assertThat(DecisionCombiner.decide(self, 0, List.of()).kind()).isEqualTo(DecisionKind.UNIQUE);
        assertThat(DecisionCombiner.decide(self, 2, List.of()).kind()).isEqualTo(DecisionKind.REVISION);
    }

    @Test
    void shouldPickEarliestOriginalThenArticleIdWhenSeveralPrecede() {
        Candidate self = Candidates.withHash("x", 10, "h");
        Candidate early = Candidates.withHash("b", 5, "h1");
        Candidate tieLowerId = Candidates.withHash("a", 5, "h2");
        Candidate later = Candidates.withHash("z", 20, "h3");
        DedupDecision d = DecisionCombiner.decide(self, 0,
                List.of(match(early, Method.NEAR, 2), match(later, Method.NEAR, 1), match(tieLowerId, Method.NEAR, 3),
                        match(early, Method.NEAR, 2)));
        assertThat(d.kind()).isEqualTo(DecisionKind.NEAR);
        assertThat(d.duplicateOfId()).isEqualTo("a");
        assertThat(d.hammingDistance()).isEqualTo(3);
        assertThat(d.laterMatches()).isEmpty();
    }

    @Test
    void shouldReportLaterMatchesOnceWhenNothingPrecedes() {
        Candidate self = Candidates.withHash("x", 10, "h");
        Candidate later = Candidates.withHash("z", 20, "h3");
        DedupDecision d = DecisionCombiner.decide(self, 0,
                List.of(match(later, Method.NEAR, 2), match(later, Method.EXACT, 0)));
        assertThat(d.kind()).isEqualTo(DecisionKind.UNIQUE);
        assertThat(d.laterMatches()).singleElement().satisfies(m -> assertThat(m.method()).isEqualTo(Method.EXACT));
    }

    @Test
    void shouldMakeOnlyTheLaterOneADuplicateWhenTwoRacingArticlesSeeEachOther() {
        Candidate a = Candidates.withHash("a", 10, "ha");
        Candidate b = Candidates.withHash("b", 10, "hb");
        assertThat(DecisionCombiner.decide(a, 0, List.of(match(b, Method.NEAR, 1))).kind()).isEqualTo(DecisionKind.UNIQUE);
        assertThat(DecisionCombiner.decide(b, 0, List.of(match(a, Method.NEAR, 1))).kind()).isEqualTo(DecisionKind.NEAR);
    }
}
