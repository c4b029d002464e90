package io.newsflow.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.newsflow.streams.aggregate.stream.StatsQueriesFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** StatsQueries over the stores of the real topology in a TopologyTestDriver. */
class StatsQueriesTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final StatsQueriesFixture fixture = new StatsQueriesFixture("stats-queries-test", T0);
    private final StatsQueries queries = new StatsQueries(fixture::windowStore, Clock.fixed(T0.plusSeconds(150), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldAnswerLatestMinuteWhenArticlesSpanTwoMinutes() {
        fixture.article("a1", "Reuters", T0.plusSeconds(10), "de", List.of("Ada Lovelace"), List.of("strike"));
        fixture.article("a2", "AP", T0.plusSeconds(70), "en", List.of("Ada Lovelace", "Bob Dylan"), List.of("strike", "port"));
        fixture.article("a3", "AP", T0.plusSeconds(80), "en", List.of("Bob Dylan"), List.of("port"));
        fixture.duplicate("a4", "Reuters", T0.plusSeconds(90));

        Trend persons = queries.trend(TrendType.PERSONS, StatsWindow.ONE_MINUTE, 10);
        assertThat(persons.windowStart()).isEqualTo(T0.plusSeconds(60));
        assertThat(persons.windowEnd()).isEqualTo(T0.plusSeconds(120));
        assertThat(persons.items()).containsExactly(new TrendEntry("Bob Dylan", 2), new TrendEntry("Ada Lovelace", 1));
        assertThat(queries.sources(StatsWindow.ONE_MINUTE))
            .containsExactly(SourceStats.of("AP", 2, 20, 0), SourceStats.of("Reuters", 1, 0, 1));
        assertThat(queries.languages(StatsWindow.ONE_MINUTE)).containsExactly(new LanguageCount("en", 2));
    }

    @Test
    void shouldAnswerHourEndingAfterNewestDataWhenWindowIsOneHour() {
        fixture.article("a1", "Reuters", T0.plusSeconds(10), "de", List.of("Ada Lovelace"), List.of("strike"));
        fixture.article("a2", "AP", T0.plusSeconds(400), "en", List.of("Ada Lovelace"), List.of("port"));

        Trend keywords = queries.trend(TrendType.KEYWORDS, StatsWindow.ONE_HOUR, 1);
        // newest data at 09:06:40: the hour [08:10, 09:10) holds both articles
        assertThat(keywords.windowStart()).isEqualTo(T0.minus(Duration.ofMinutes(50)));
        assertThat(keywords.items()).containsExactly(new TrendEntry("port", 1));
        assertThat(queries.sources(StatsWindow.ONE_HOUR)).extracting(SourceStats::source).containsExactly("AP", "Reuters");
        assertThat(queries.languages(StatsWindow.ONE_HOUR)).containsExactly(new LanguageCount("de", 1), new LanguageCount("en", 1));
    }

    @Test
    void shouldCountUniqueAndDuplicatesPerMinuteWithEmptyMinutesWhenChartIsAsked() {
        fixture.article("a1", "Reuters", T0.plusSeconds(10), "en", List.of(), List.of());
        fixture.duplicate("a2", "AP", T0.plusSeconds(20));
        fixture.article("a3", "AP", T0.plusSeconds(130), "en", List.of(), List.of());

        assertThat(queries.articlesPerMinute(Duration.ofMinutes(4))).containsExactly(
            new MinuteCount(T0.minusSeconds(60), 0, 0), new MinuteCount(T0, 1, 1),
            new MinuteCount(T0.plusSeconds(60), 0, 0), new MinuteCount(T0.plusSeconds(120), 1, 0));
    }

    @Test
    void shouldAnswerEmptyWhenNoDataYet() {
        assertThat(queries.trend(TrendType.LOCATIONS, StatsWindow.ONE_MINUTE, 5))
            .isEqualTo(new Trend(TrendType.LOCATIONS, StatsWindow.ONE_MINUTE, null, null, List.of()));
        assertThat(queries.sources(StatsWindow.ONE_HOUR)).isEmpty();
        assertThat(queries.storeNames()).containsExactly("stats-sources-1m", "stats-sources-1h", "stats-languages-1m",
            "stats-languages-1h", "stats-trends-1m", "stats-trends-5m");
    }
}
