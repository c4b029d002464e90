package io.newsflow.streams.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads and checks the raw string values behind {@link StreamsSettings}. Every bad value fails
 * with the same message, "Invalid value 'V' for configuration K: expected E", so an operator
 * always learns which key to fix and what it must hold, whichever key it is.
 */
final class SettingValues {

    private SettingValues() {
    }

    /** Fails with the message naming {@code key}, {@code value} and what was {@code expected} unless {@code ok}. */
    static void require(String key, Object value, boolean ok, String expected) {
        if (!ok) {
            throw invalid(key, value, expected);
        }
    }

    /** The error for a bad {@code value} of {@code key}, saying what was {@code expected}. */
    private static IllegalArgumentException invalid(String key, Object value, String expected) {
        return new IllegalArgumentException("Invalid value '" + value + "' for configuration " + key + ": expected " + expected);
    }

    /** The whole number under {@code key}, or {@code fallback} when the key is absent or blank. */
    static long wholeNumber(Map<String, String> settings, String key, long fallback) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, value, "a whole number");
        }
    }

    /** The positive ISO-8601 duration under {@code key}, or {@code fallback} when the key is absent or blank. */
    static Duration positiveDuration(Map<String, String> settings, String key, Duration fallback) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Duration duration;
        try {
            duration = Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            duration = null;
        }
        require(key, value, duration != null && !duration.isNegative() && !duration.isZero(),
            "a positive ISO-8601 duration such as PT24H");
        return duration;
    }
}
