package io.newsflow.producer.parse.text;

/**
 * The quick test before {@link DateExtractor}'s patterns: a date's year is written somewhere in the text, as four digits,
 * an era's year before "年", a two-digit year right before a clock (after numbers or a month's name), or a number in
 * Hebrew letters.
 */
final class YearMarks {

    private YearMarks() {
    }

    /**
     * True when the text has four digits in a row (ASCII, or another script's: {@link NativeDigits}), digits before
     * "年" (an era's year), or a number in Hebrew letters. Every pattern of {@link DateExtractor} needs one of them, so
     * a text without one has no date: this test saves running the case-insensitive patterns over most lines (they were a
     * fifth of parsing time in the profile, docs/benchmark.md).
     */
    static boolean present(CharSequence text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '年' && (run > 0 || i > 0 && text.charAt(i - 1) == '元')) {
                return true; // an era's year, of one to three digits or its first: "令和7年", "民國114年", "令和元年"
            }
            if ((c == '"' || c == '\u05F4') && i > 0 && i + 1 < text.length() && hebrewLetter(text.charAt(i - 1))
                    && hebrewLetter(text.charAt(i + 1))) {
                return true; // a number in Hebrew letters, as a Hebrew date's year is written: "תשפ"ו"
            }
            if ((c == '.' || c == '-' || c == '·' || c == '/') && run == 2 && i >= 3 && i + 2 < text.length() && isAsciiDigit(text.charAt(i + 1))
                    && isAsciiDigit(text.charAt(i + 2)) && text.charAt(i - 3) == c) {
                return true; // "02.12.25, 10:15", "03-12-26, 16:48", "07/12/26 10:12": a two-digit year, which the shape reads only beside a clock
            }
            if (run == 2 && (c == ',' || c == ' ') && monthsTwoDigitYearBeforeClock(text, i)) {
                return true; // "7th Dec 26, 10:42am": a month's name, a two-digit year, a clock
            }
            run = c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c) ? run + 1 : 0; // (Bengali's, Arabic's digits too)
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** Two digits ending at {@code end} after a word and a space, then a comma or spaces and a clock ("Dec 26, 10:42"). */
    private static boolean monthsTwoDigitYearBeforeClock(CharSequence text, int end) {
        if (end < 4 || text.charAt(end - 3) != ' ' || !Character.isLetter(text.charAt(end - 4))) {
            return false;
        }
        int k = end;
        while (k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == ' ')) {
            k++;
        }
        int digits = 0;
        while (k < text.length() && isAsciiDigit(text.charAt(k)) && digits < 3) {
            k++;
            digits++;
        }
        return digits >= 1 && digits <= 2 && k + 2 < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '.')
                && isAsciiDigit(text.charAt(k + 1)) && isAsciiDigit(text.charAt(k + 2));
    }

    private static boolean hebrewLetter(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
