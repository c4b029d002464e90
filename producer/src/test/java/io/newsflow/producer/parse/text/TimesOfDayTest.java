package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;

import io.newsflow.producer.parse.text.DateExtractor.FoundDate;
import org.junit.jupiter.api.Test;

class TimesOfDayTest {
    private static final String LINE = "Published: 10:30 GMT, 29 November 2026";
    private static final FoundDate MIDNIGHT = new FoundDate(Instant.parse("2026-11-29T00:00:00Z"), "29 November 2026");

    @Test
    void shouldReadTwelveHourClockWhenAmOrPmFollows() {
        assertThat(TimesOfDay.clock(3, 45, 0, "PM")).isEqualTo(LocalTime.of(15, 45));
        assertThat(TimesOfDay.clock(12, 5, 0, "a.m.")).isEqualTo(LocalTime.of(0, 5));
        assertThat(TimesOfDay.clock(12, 5, 0, "pm")).isEqualTo(LocalTime.of(12, 5));
        assertThat(TimesOfDay.clock(9, 14, 30, null)).isEqualTo(LocalTime.of(9, 14, 30));
    }

    @Test
    void shouldGiveNoTimeWhenNoClockShowsIt() {
        assertThat(TimesOfDay.clock(24, 0, 0, null)).isNull();
        assertThat(TimesOfDay.clock(9, 60, 0, null)).isNull();
        assertThat(TimesOfDay.clock(9, 14, 60, null)).isNull();
    }

    @Test
    void shouldTakeTimeAndZoneWrittenBeforeTheDateWhenTheDateHasNone() {
        assertThat(TimesOfDay.withLeadingTime(LINE, LINE.indexOf("29"), MIDNIGHT))
            .isEqualTo(new FoundDate(Instant.parse("2026-11-29T10:30:00Z"), "10:30 GMT, 29 November 2026"));
    }

    @Test
    void shouldKeepTheDateWhenItHasATimeOrNothingStandsBeforeIt() {
        FoundDate timed = new FoundDate(Instant.parse("2026-11-29T08:00:00Z"), "29 November 2026 08:00");
        assertThat(TimesOfDay.withLeadingTime(LINE, LINE.indexOf("29"), timed)).isSameAs(timed);
        assertThat(TimesOfDay.withLeadingTime("29 November 2026", 0, MIDNIGHT)).isSameAs(MIDNIGHT);
        assertThat(TimesOfDay.withLeadingTime("Page 3, 29 November 2026", 8, MIDNIGHT)).isSameAs(MIDNIGHT);
    }
}
