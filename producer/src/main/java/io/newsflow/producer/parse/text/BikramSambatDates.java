package io.newsflow.producer.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nepal's own calendar, the Bikram Sambat, as its pages write a date of it beside the Gregorian one: "Mangsir 21, 2083 |
 * December 7, 2026", "Mangsir 21, 2083 (Dec 07, 2026) 3:05 PM", "२१ मंसिर २०८३". The Bikram Sambat date is set aside so
 * that the line reads as the Gregorian stamp it also is. The calendar's month lengths change from year to year by
 * published tables, which neither the JDK nor ICU carries, so a Bikram Sambat date alone is not read: no date is guessed.
 */
final class BikramSambatDates {

    /** The twelve months, romanised in the spellings Nepal's English pages use, and in Devanagari. */
    private static final String MONTHS = "baishakh|baisakh|jestha|jeth|asar|ashadh|asadh|shrawan|saun|sawan|bhadra|bhadau|ashwin|asoj|kartik"
            + "|mangsir|marga|poush|push|magh|falgun|fagun|chaitra|chait"
            + "|बैशाख|वैशाख|जेठ|ज्येष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र";
    private static final String DAY = "[\\d०-९]{1,2}";
    /** Its years run 56 to 57 ahead of the Gregorian: 2060 to 2099 are 2003 to 2043. */
    private static final String YEAR = "(?:20[6-9]\\d|२०[६-९][०-९])";
    /** The date, month or day first; the Gregorian date right after it in brackets is kept without them. */
    private static final Pattern DATE = UnicodeRegex.compile("(?iu)(?<![\\p{L}\\d])(?:(?:" + MONTHS + ")\\s+" + DAY + ",?|" + DAY + "\\s+(?:"
            + MONTHS + "),?)\\s+" + YEAR + "(?![\\d०-९])(?:\\s*\\(([^()]{6,40})\\))?");

    private BikramSambatDates() {
    }

    /** The line without its Bikram Sambat date ("Mangsir 21, 2083 | December 7, 2026" gives " | December 7, 2026"). */
    static String without(String line) {
        if (!YearMarks.present(line)) {
            return line; // (most lines hold no year: the pattern's alternation is not run over them)
        }
        return DATE.matcher(line).replaceAll(m -> m.group(1) == null ? " " : Matcher.quoteReplacement(" " + m.group(1)));
    }
}
