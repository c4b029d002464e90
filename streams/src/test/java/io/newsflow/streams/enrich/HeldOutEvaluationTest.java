package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the {@link Enricher} on {@code enrichment-heldout/}: articles written after the rules
 * (varied outlets, places missing from the gazetteer, desk and agency bylines), labelled before
 * they were first run. Prints the same report as {@link EntityEvaluationTest}.
 */
class HeldOutEvaluationTest {

    private static EntityScores scores;
    private static EntityScores second;

    @BeforeAll
    static void evaluate() {
        scores = EntityScores.of("enrichment-heldout h01-h09", CorpusArticle.heldOut());
        second = EntityScores.of("enrichment-heldout h10-h13 (written after the rule changes)",
                CorpusArticle.heldOutSecond());
    }

    @Test
    void shouldDetectEveryLanguageWhenRunOnTheHeldOutSet() {
        assertThat(scores.languagesRight()).isEqualTo(scores.articles());
        assertThat(scores.articles()).isGreaterThanOrEqualTo(6);
        assertThat(second.languagesRight()).isEqualTo(second.articles());
    }
}
