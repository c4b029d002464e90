package io.newsflow.producer.parse.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.text.DateExtractor.FoundDate;

/**
 * Reads the time of day for {@link DateExtractor}: a clock reading ("9.14", "3:45 PM") and the
 * time some pages write before the date rather than after it ("10:30 GMT, 29 November 2026").
 */
final class TimesOfDay {
    /**
     * A time and zone ending just where the date starts, perhaps with a comma, dash, dot or weekday between ("4:10 PM
     * PST · December 5, 2026").
     */
    private static final Pattern LEADING_TIME = Pattern.compile("(?<![\\d.:])(\\d{1,2})[:.h](\\d{2})\\s*([ap]\\.?m\\.?)?\\s*"
            + "\\(?(" + ZoneOffsets.PATTERN + ")?\\)?"
            + "\\s*[,|·•–—-]?\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TimesOfDay() {
    }

    /**
     * A date read alone (midnight UTC) takes the time written just before it: "10:30 GMT, 29 November
     * 2026", "3:45 PM EST, Sun November 29, 2026". {@code found} comes back unchanged when it has a
     * time of its own or no time stands before {@code dateStart}.
     */
    static FoundDate withLeadingTime(String text, int dateStart, FoundDate found) {
        if (dateStart == 0 || !found.instant().equals(found.instant().truncatedTo(ChronoUnit.DAYS))) {
            return found;
        }
        Matcher m = LEADING_TIME.matcher(text.substring(0, dateStart));
        if (!m.find()) {
            return found;
        }
        LocalTime time = clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, m.group(3));
        if (time == null) {
            return found;
        }
        LocalDate date = LocalDate.ofInstant(found.instant(), ZoneOffset.UTC);
        Instant instant = date.atTime(time)
                .toInstant(ZoneOffset.ofTotalSeconds(ZoneOffsets.minutes(m.group(4), date.atTime(time)) * 60));
        int dateEnd = text.indexOf(found.text(), dateStart) + found.text().length();
        return new FoundDate(instant, text.substring(m.start(), Math.max(dateEnd, dateStart)).strip());
    }

    /** The time of day a clock reading gives ("9.14", "3:45 PM"), or null when no clock shows it. */
    static LocalTime clock(int hour, int minute, int second, String ampm) {
        int h = ampm == null ? hour : hour % 12 + (ampm.toLowerCase(Locale.ROOT).startsWith("p") || ampm.startsWith("م") ? 12 : 0); // (Arabic's "م": evening)
        return h > 23 || minute > 59 || second > 59 ? null : LocalTime.of(h, minute, second);
    }
}
