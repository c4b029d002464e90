package io.newsflow.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.newsflow.streams.aggregate.stream.StatsQueriesFixture;
import org.junit.jupiter.api.Test;

/** The per-minute chart over the 1-minute sources store of the real topology in a TopologyTestDriver. */
class MinuteChartTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    /** A chart whose current minute is T0 + 2 min. */
    private static MinuteChart chartOf(StatsQueriesFixture fixture) {
        return new MinuteChart(fixture::windowStore, Clock.fixed(T0.plusSeconds(150), ZoneOffset.UTC));
    }

    @Test
    void shouldLeaveOutOlderMinutesWhenTheyFallBeforeTheLookback() {
        try (StatsQueriesFixture fixture = new StatsQueriesFixture("minute-chart-test", T0)) {
            fixture.article("a1", "Reuters", T0.plusSeconds(10), "en", List.of(), List.of());
            fixture.article("a2", "AP", T0.plusSeconds(130), "en", List.of(), List.of());
            fixture.duplicate("a3", "Reuters", T0.plusSeconds(140));

            assertThat(chartOf(fixture).articlesPerMinute(Duration.ofMinutes(1)))
                .containsExactly(new MinuteCount(T0.plusSeconds(120), 1, 1));
        }
    }

    @Test
    void shouldAnswerEveryMinuteAsZeroWhenNoDataYet() {
        try (StatsQueriesFixture fixture = new StatsQueriesFixture("minute-chart-test", T0)) {
            assertThat(chartOf(fixture).articlesPerMinute(MinuteChart.MAX_LOOKBACK)).hasSize(120)
                .allMatch(m -> m.unique() == 0 && m.duplicates() == 0)
                .last().isEqualTo(new MinuteCount(T0.plusSeconds(120), 0, 0));
        }
    }

    @Test
    void shouldNameTheRangeWhenLookbackIsOutsideIt() {
        try (StatsQueriesFixture fixture = new StatsQueriesFixture("minute-chart-test", T0)) {
            MinuteChart chart = chartOf(fixture);
            for (Duration bad : new Duration[] {null, Duration.ofSeconds(30), Duration.ofMinutes(121)}) {
                assertThatThrownBy(() -> chart.articlesPerMinute(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid lookback " + bad + ": expected PT1M to PT2H");
            }
        }
    }
}
