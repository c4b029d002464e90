package io.newsflow.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.streams.kstream.TimeWindows;
import org.junit.jupiter.api.Test;

class WindowSpecTest {
    private static final long T0 = Instant.parse("2026-11-22T09:00:00Z").toEpochMilli();
    private static final Duration GRACE = Duration.ofSeconds(30);

    @Test
    void shouldFindSameWindowsAsKafkaWhenHopping() {
        TimeWindows kafka = TimeWindows.ofSizeAndGrace(Duration.ofHours(1), GRACE).advanceBy(Duration.ofMinutes(5));
        for (long t : new long[] {T0, T0 + 1, T0 + 299_999, T0 + 300_000, 12_345}) {
            var windows = kafka.windowsFor(t);
            assertThat(WindowSpec.ONE_HOUR.oldestWindowStart(t)).isEqualTo(windows.keySet().stream().mapToLong(Long::longValue).min().getAsLong());
            assertThat(WindowSpec.ONE_HOUR.newestWindowStart(t)).isEqualTo(windows.keySet().stream().mapToLong(Long::longValue).max().getAsLong());
        }
    }

    @Test
    void shouldBeLateOnlyWhenOldestWindowEndedBeforeStreamTimeMinusGrace() {
        long t = T0 + 10_000;   // window [09:00, 09:01)
        assertThat(WindowSpec.ONE_MINUTE.isLate(t, T0 + 89_999, GRACE)).isFalse();
        assertThat(WindowSpec.ONE_MINUTE.isLate(t, T0 + 90_000, GRACE)).isTrue();
        // the oldest 1-hour window of 09:00:10 is [08:05, 09:05)
        assertThat(WindowSpec.ONE_HOUR.isLate(t, T0 + 329_999, GRACE)).isFalse();
        assertThat(WindowSpec.ONE_HOUR.isLate(t, T0 + 330_000, GRACE)).isTrue();
    }

    @Test
    void shouldChooseHourEndingAfterNewestDataWhenWindowsHop() {
        assertThat(WindowSpec.ONE_HOUR.fullestWindowStart(T0)).isEqualTo(T0 - Duration.ofMinutes(55).toMillis());
        assertThat(WindowSpec.ONE_MINUTE.fullestWindowStart(T0)).isEqualTo(T0);
    }

    @Test
    void shouldBeLateForPaneExactlyWhenLateForItsHoursWhenHourIsBuiltFromPanes() {
        WindowSpec panes = WindowSpec.ONE_HOUR.panes();
        assertThat(panes).isEqualTo(WindowSpec.FIVE_MINUTES);
        assertThat(WindowSpec.ONE_HOUR.lastPaneStart(T0)).isEqualTo(T0 + Duration.ofMinutes(55).toMillis());
        for (long t = T0; t < T0 + 600_000; t += 7_919) {
            for (long streamTime = t; streamTime < t + 900_000; streamTime += 13_007) {
                assertThat(panes.isLate(t, streamTime, GRACE)).isEqualTo(WindowSpec.ONE_HOUR.isLate(t, streamTime, GRACE));
            }
        }
    }

    @Test
    void shouldRejectAdvanceLongerThanSizeWhenDefined() {
        assertThatThrownBy(() -> new WindowSpec("x", Duration.ofMinutes(1), Duration.ofMinutes(2)))
            .hasMessageContaining("window 'x' needs an advance in (0, size], got PT2M");
    }
}
