package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.HeldOutSets.SETS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the {@link Enricher} on {@code enrichment-heldout/}: articles written after the rules
 * (varied outlets, places missing from the gazetteer, desk and agency bylines), labelled before
 * they were first run. h01-h09 measured the old rules and then guided the rules for unseen text;
 * h10-h13 were written after that and never tuned on, so they gave the honest figure until h13
 * guided two fixes; h14-h19 (six languages, Polish among them) were written on 2026-11-29 after the
 * rules for blind articles, and only h18 guided two list additions; h20-h25 are the pages of the
 * parser's eleventh blind round (2026-11-30), h26-h31 to h44-h49 those of its twelfth to fifteenth,
 * h56-h61 its seventeenth and h62-h67 (HTML pages) its eighteenth, whose first runs guided the rules
 * of their rounds; h50-h55, h68-h73 (HTML), h74-h79, h80-h85 and h86-h91 were held-out pages, run once before they
 * guided fixes. Prints the same report as
 * {@link EntityEvaluationTest}. The sets and their floors: {@link HeldOutSets}.
 */
class HeldOutEvaluationTest {

    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION};

    private static List<EntityScores> scores;

    @BeforeAll
    static void evaluate() {
        scores = SETS.stream().map(set -> EntityScores.of(set.label(), CorpusArticle.heldOut(set.first(), set.last()))).toList();
    }

    @Test
    void shouldKeepUnseenTextFiguresWhenRunOnTheHeldOutSet() {
        for (int s = 0; s < SETS.size(); s++) {
            double[] floors = SETS.get(s).floors();
            EntityScores set = scores.get(s);
            for (int t = 0; t < TYPES.length; t++) {
                String what = SETS.get(s).label() + " " + TYPES[t];
                if (!Double.isNaN(floors[2 * t])) {
                    assertThat(set.precision(TYPES[t])).as(what + " precision").isGreaterThanOrEqualTo(floors[2 * t]);
                }
                if (!Double.isNaN(floors[2 * t + 1])) {
                    assertThat(set.recall(TYPES[t])).as(what + " recall").isGreaterThanOrEqualTo(floors[2 * t + 1]);
                }
            }
        }
    }

    @Test
    void shouldDetectEveryLanguageWhenRunOnTheHeldOutSet() {
        assertThat(scores.get(0).articles()).isGreaterThanOrEqualTo(6);
        for (EntityScores set : scores) {
            assertThat(set.languagesRight()).isEqualTo(set.articles());
        }
    }
}
