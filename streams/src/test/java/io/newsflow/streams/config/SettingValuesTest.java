package io.newsflow.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingValuesTest {

    @Test
    void shouldTakeFallbackWhenKeyIsAbsentOrBlank() {
        assertThat(SettingValues.wholeNumber(Map.of(), "commit.interval.ms", 100)).isEqualTo(100);
        assertThat(SettingValues.wholeNumber(Map.of("commit.interval.ms", " "), "commit.interval.ms", 100)).isEqualTo(100);
        assertThat(SettingValues.positiveDuration(Map.of("k", ""), "k", Duration.ofHours(24))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void shouldReadTrimmedValueWhenPaddedWithSpaces() {
        assertThat(SettingValues.wholeNumber(Map.of("n", " 250 "), "n", 1)).isEqualTo(250);
        assertThat(SettingValues.positiveDuration(Map.of("k", " PT6H "), "k", Duration.ZERO)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void shouldNameKeyAndValueWhenDurationIsZero() {
        assertThatThrownBy(() -> SettingValues.positiveDuration(Map.of("k", "PT0S"), "k", Duration.ofHours(24)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Invalid value 'PT0S' for configuration k: expected a positive ISO-8601 duration such as PT24H");
    }

    @Test
    void shouldNameKeyValueAndExpectationWhenCheckFails() {
        SettingValues.require("k", "fine", true, "anything");
        assertThatThrownBy(() -> SettingValues.require("k", 0, false, "1 to 64"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Invalid value '0' for configuration k: expected 1 to 64");
    }
}
