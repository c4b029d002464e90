package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stamp whose day has no year, with its time or the outlet beside it ("NOS Nieuws • dinsdag 2 december, 10:15"): for
 * {@link MetaDateLine}, a metadata line that dates nothing, since a year is never guessed. A day and month alone may be a
 * sentence's, so one needs its time or its outlet to count (or the stamp's dash left dangling: "07 DIC -").
 */
final class YearlessStamps {

    /** A day and month in the languages read, a weekday perhaps before, a time perhaps after: "dinsdag 2 december, 10:15". */
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)^(?:\\p{L}+,?\\s+)?\\d{1,2}\\.?\\s+(\\p{L}+)\\.?"
            + "(,?\\s+(?:om\\s+|um\\s+|à\\s+|at\\s+|kl\\.?\\s*)?\\d{1,2}[:.h]\\d{2})?(\\s+[-–—|])?$");

    private YearlessStamps() {
    }

    /** The line read as a yearless stamp (no date, perhaps its outlet), else empty. */
    static Optional<MetaDateLine.Result> read(String text) {
        String[] segments = MetaDateLine.SEGMENTS.split(text);
        Matcher day = segments.length == 1 || segments.length == 2 ? DAY_MONTH.matcher(segments[segments.length - 1].strip()) : null;
        if (day == null || !day.matches() || MonthNames.month(day.group(1)) == 0) {
            return Optional.empty();
        }
        String outlet = segments.length == 2 && Outlets.looksLikeOutlet(segments[0]) ? segments[0].strip() : null;
        // (or the stamp's dash left dangling, nothing after it: "07 DIC -", no sentence's)
        boolean stamp = outlet != null || segments.length == 1 && (day.group(2) != null || day.group(3) != null);
        return stamp ? Optional.of(new MetaDateLine.Result(null, null, outlet)) : Optional.empty();
    }
}
