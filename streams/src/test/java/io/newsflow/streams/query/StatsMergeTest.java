package io.newsflow.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatsMergeTest {
    private static final Instant W1 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant W2 = Instant.parse("2026-11-22T09:01:00Z");

    @Test
    void shouldSumTermsOfNewestWindowAndCutToLimitWhenTrendsAreMerged() {
        Trend a = new Trend(TrendType.PERSONS, StatsWindow.ONE_MINUTE, W2, W2.plusSeconds(60),
            List.of(new TrendEntry("Ada", 3), new TrendEntry("Bob", 1)));
        Trend b = new Trend(TrendType.PERSONS, StatsWindow.ONE_MINUTE, W2, W2.plusSeconds(60),
            List.of(new TrendEntry("Bob", 4), new TrendEntry("Cy", 1)));
        Trend stale = new Trend(TrendType.PERSONS, StatsWindow.ONE_MINUTE, W1, W1.plusSeconds(60), List.of(new TrendEntry("Dee", 9)));
        Trend empty = new Trend(TrendType.PERSONS, StatsWindow.ONE_MINUTE, null, null, List.of());

        Trend merged = StatsQueries.mergeTrends(List.of(a, b, stale, empty), 2);

        assertThat(merged.windowStart()).isEqualTo(W2);
        assertThat(merged.windowEnd()).isEqualTo(W2.plusSeconds(60));
        assertThat(merged.items()).containsExactly(new TrendEntry("Bob", 5), new TrendEntry("Ada", 3));
    }

    @Test
    void shouldRejectMixedTypesWhenTrendsAreMerged() {
        Trend a = new Trend(TrendType.PERSONS, StatsWindow.ONE_MINUTE, W1, W2, List.of());
        Trend b = new Trend(TrendType.KEYWORDS, StatsWindow.ONE_MINUTE, W1, W2, List.of());
        assertThatThrownBy(() -> StatsQueries.mergeTrends(List.of(a, b), 10)).hasMessageContaining("cannot merge trends of KEYWORDS/1m");
        assertThatThrownBy(() -> StatsQueries.mergeTrends(List.of(a), 0)).hasMessageContaining("invalid limit 0");
    }

    @Test
    void shouldSumSourcesAndRecomputeRateWhenSourcesAreMerged() {
        List<SourceStats> merged = StatsQueries.mergeSources(List.of(
            List.of(SourceStats.of("AP", 2, 100, 0), SourceStats.of("Reuters", 2, 200, 1)),
            List.of(SourceStats.of("Reuters", 2, 50, 1))));
        assertThat(merged).containsExactly(new SourceStats("Reuters", 4, 250, 2, 0.5), new SourceStats("AP", 2, 100, 0, 0.0));
    }

    @Test
    void shouldSumLanguagesAndMinutesWhenMerged() {
        assertThat(StatsQueries.mergeLanguages(List.of(List.of(new LanguageCount("en", 2)),
            List.of(new LanguageCount("de", 3), new LanguageCount("en", 2)))))
            .containsExactly(new LanguageCount("en", 4), new LanguageCount("de", 3));
        assertThat(StatsQueries.mergeMinutes(List.of(List.of(new MinuteCount(W2, 1, 0)),
            List.of(new MinuteCount(W1, 2, 1), new MinuteCount(W2, 3, 2)))))
            .containsExactly(new MinuteCount(W1, 2, 1), new MinuteCount(W2, 4, 2));
    }

    @Test
    void shouldNameBadValueWhenWindowOrTypeIsUnknown() {
        assertThat(StatsWindow.fromId("1h")).isEqualTo(StatsWindow.ONE_HOUR);
        assertThat(TrendType.fromPath("organizations")).isEqualTo(TrendType.ORGANIZATIONS);
        assertThatThrownBy(() -> StatsWindow.fromId("5m")).hasMessage("unknown window '5m': expected 1m or 1h");
        assertThatThrownBy(() -> TrendType.fromPath("people")).hasMessageContaining("unknown trend type 'people'");
    }
}
