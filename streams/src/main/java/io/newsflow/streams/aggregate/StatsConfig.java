package io.newsflow.streams.aggregate;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Settings of the windowed statistics, validated on construction.
 *
 * @param grace how long after a window's end records are still counted in it; later records are
 *              counted as late ({@code newsflow.records.late}) and left out. Also how long the
 *              final-result topics wait before emitting a window.
 */
public record StatsConfig(Duration grace) {

    /** Config key of the grace period, an ISO-8601 duration such as {@code PT30S}. */
    public static final String GRACE = "newsflow.stats.grace";
    /** Default grace period. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);
    /** The longest grace accepted: stores keep windows for about twice this. */
    public static final Duration MAX_GRACE = Duration.ofDays(1);

    /** Validates the settings; the message names the key and the bad value. */
    public StatsConfig {
        if (grace == null || grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("Invalid value '" + grace + "' for configuration " + GRACE
                + ": expected a duration from PT0S to P1D");
        }
    }

    /** The defaults: 30 seconds of grace. */
    public static StatsConfig defaults() {
        return new StatsConfig(DEFAULT_GRACE);
    }

    /** Reads the settings from string properties; absent keys take their defaults. */
    public static StatsConfig fromMap(Map<String, String> props) {
        String raw = props.get(GRACE);
        if (raw == null || raw.isBlank()) {
            return defaults();
        }
        try {
            return new StatsConfig(Duration.parse(raw.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid value '" + raw + "' for configuration " + GRACE
                + ": expected an ISO-8601 duration such as PT30S", e);
        }
    }
}
