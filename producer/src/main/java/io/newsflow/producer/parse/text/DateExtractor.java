package io.newsflow.producer.parse.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first date (and time, when written) in a line: ISO 8601, numeric day-first ({@code 08.10.2024},
 * {@code 8-10-2024}), slashed ({@code 10/08/2024}, month-first unless the first number is above 12), and written dates
 * in several languages ({@code 7 October 2024}, {@code Oct. 7, 2024}, {@code 7. Oktober 2024},
 * {@code 7 de octubre de 2024}). A time of day and a zone ({@code 09:14}, {@code 9.14am}, {@code CET}, {@code +02:00})
 * are applied when present, written after the date or just before it ({@code 10:30 GMT, 29 November 2026}); without a
 * zone the time is read as UTC and a date alone as midnight UTC. Dates without a year are not read: a year is never
 * guessed.
 */
public final class DateExtractor {

    /** A date found in text and the exact text it was read from. */
    public record FoundDate(Instant instant, String text) {
        /**
         * The line up to the end of this date, as written with its label, without the widget junk or an update time after it
         * ("date 2024-10-07 + ↺ − 16 px" gives "date 2024-10-07", "Published 08.10.2024 09:14 | Updated ..." its first part).
         */
        public String writtenIn(String line) {
            String written = line.strip();
            int at = written.indexOf(text);
            return at < 0 ? written : written.substring(0, at + text.length());
        }
    }

    private static final String MONTH = "(" + MonthNames.alternation() + ")\\.?";
    /** Where a four-digit year ends: before a non-digit but the Ethiopian era's mark ("ዓ.ም.", its calendar's), or glued to a time ("20267:12 AM"). */
    private static final String YEAR_END = "(?:(?!\\d|\\s*ዓ\\.?\\s?ም)|(?=\\d{1,2}:\\d{2}))";
    // (a year's full stop before the clock: "02. децембар 2025. 10:15"; "@ 11:05am", Croatian's "2026. u 10:30"; Québec's "5 h 00", "10時15分", GZH's "08h15min",
    // "10:15 p. m.", Arabic's "03:30 م", "10:45 ص"; Kinyarwanda's "saa 10:15", not Swahili's "saa 4:00 asubuhi", its hours counted from six)
    private static final String TIME = "(?:\\s*(?:,?\\s*(?:" + DateLineWords.WEEKDAYS + ")(?=[\\s,])\\s*,?)?(?:,|،|at|um|à|às|a las|alle ore|alle|om|o godz\\.|godz\\.|o|kl\\.?|klo|klokken|kello|saa(?=\\s+\\d{1,2}[:.]\\d{2}(?!\\d|\\s*(?:asubuhi|mchana|jioni|usiku|alfajiri)))|[-–—|@/]|(?<=\\d)\\.(?:\\s+u(?=\\s))?|u(?=\\s))?\\s*"
            + "(\\d{1,2})(?:[:.h時]| h )(\\d{2})(?:[分h]|min)?(?::(\\d{2}))?(?:\\.\\d+)?\\s*([ap]\\.?\\s?m\\.?|(?:صباحاً|صباحا|ص|مساءً|مساء|م)(?!\\p{L}))?"
            + "(?:\\s*,(?=\\s*(?:" + ZoneOffsets.PATTERN + ")(?![\\p{L}\\d])))?\\s*\\(?(" + ZoneOffsets.PATTERN + ")?\\)?(?![\\d:]|(?-i:\\p{Ll})))?"; // ("2:15 PM, EST")
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]" + TIME.substring(TIME.indexOf("(\\d{1,2})")) , F);
    // (Hungarian writes a full stop after each part, with or without a space: "2026.12.05. 14:05", "2026. 12. 05.")
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})([/.])(?:(?<=\\.) )?(\\d{1,2})\\2(?:(?<=\\.) )?(\\d{1,2})"
            + "(?!\\d|\\.\\d)" + TIME, F);
    // (a space may follow each full stop: Slovene, Czech and Slovak "2. 12. 2025")
    /**
     * A two-digit year, day first with full stops, hyphens or middle dots, only right before a clock: "02.12.25, 10:15",
     * "Veröffentlicht: 02.12.25, 10:15 Uhr", "03-12-26, 16:48", "04·12·26 | 10:25", "05.12.26 - 13:20" (without the clock
     * "02.12.25" could as well be a score or a version); the years 2000 to 2099. Slashed, in the order {@link SlashedDates}
     * reads: "Mis à jour le 07/12/26 10:12".
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d./·-])(\\d{1,2})([./·-])(\\d{1,2})\\2(\\d{2})(?![\\d./·-])"
            + "(?=,?\\s*(?:[|\\-–—]\\s*)?\\d{1,2}:\\d{2})" + TIME, F);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(?:(?<=\\.) )?(\\d{1,2})\\2(?:(?<=\\.) )?(\\d{4})(?!\\d)" + TIME, F);
    // "26 November 2025", "26 de novembro de 2025", Folha's "26.nov.2025" (full stops for spaces), Uzbek "2-dekabr 2025",
    // Romansh "13 da zercladur 2025", Breton "2 a viz Kerzu 2025" ("of the month of"), Esperanto's and Yiddish's ordinal
    // days: "la 2-an de decembro 2025", "2טן דעצעמבער 2025"; Sorani's linking "ی": "2ی کانوونی یەکەمی 2025"
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|-an|-[iyuü]?nj[iy]|טן|טער|ی)?(?:\\s+|(?<=\\.)|-(?=\\p{L}))(?:de\\s+|di\\s+|d['’]|of\\s+|ta['’]\\s+|da\\s+|a\\s+viz\\s+|ខែ)?"
            + MONTH + "ی?(?:,?\\s+|,|(?<=\\.)|-)(?:de\\s+|ឆ្នាំ\\s*)?(\\d{4}|\\d{2}(?=,?\\s+\\d{1,2}[:.]\\d{2}))" + YEAR_END + TIME, F); // (Sorani's "ی" after the month; "December,2026", "4-DEC-2026"; Khmer's "ខែ" and "ឆ្នាំ", month and year)
    // (hyphens may part the three: "Dec - 05 - 2026 , 10:24", as Ghana's Graphic Online writes it)
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])" + MONTH + "(?:\\s+|\\s*-\\s*|(?<=\\.)|,\\s*)(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[,၊]\\s*|\\s+|\\s*-\\s*)(\\d{4})" + YEAR_END + TIME, F); // ("Dec 05,2026", "Dec.5,2026", Tasnim's "December, 05, 2026", "Dec 07 , 2026", Burmese "ဒီဇင်ဘာ ၇၊ ၂၀၂၆")
    /**
     * Hungarian, year first: "2025. december 1., hétfő 10:15" (the weekday may follow the day); Lithuanian, whose
     * year and day carry "m." and "d.": "2025 m. gruodžio 2 d. 09:12"; Burmese, whose carry "ခုနှစ်" and "ရက်": "၂၀၂၅ ခုနှစ်
     * ဒီဇင်ဘာ ၂ ရက်"; and Sinhala, with neither: "2025 දෙසැම්බර් 2, 09:15".
     */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<![\\p{L}\\d.])(\\d{4})(?:\\.|\\s+m\\.|\\s*ခုနှစ်)?\\s+" + MONTH
            + "\\s+(\\d{1,2})(?:\\.|\\s+d\\.|\\s*ရက်|(?![\\d.:]))"
            + "(?:,?\\s+\\p{L}{3,12}(?=[\\s,]|$))?" + TIME, F);
    /** Korean, Japanese, Chinese, Mongolian and Buryat: "2025년 12월 2일 10:15", "2025年12月2日", "2026 оны 12 сарын 07, 10:20", "2026 оной 12 һарын 7". */
    private static final Pattern CJK = Pattern.compile("(?<!\\d)(\\d{4})\\s*(?:[년年]|оны|оной)\\s*(\\d{1,2})\\s*(?:[월月]|(?:-р|\\s+дугаар|\\s+дүгээр)?\\s*[сһ]арын)"
            + "\\s*(\\d{1,2})(?:\\s*[일日]|(?<=[сһ]арын\\s{1,3}\\d{1,2})(?!\\d))" + TIME, F);
    /** Tibetan, year, "month" and "day" before their numbers: "༢༠༢༥ ཟླ་ ༡༢ ཚེས་ ༢" (its digits made ASCII before). */
    private static final Pattern TIBETAN = Pattern.compile("(?<!\\d)(\\d{4})\\s*ཟླ་\\s*(\\d{1,2})\\s*ཚེས་\\s*(\\d{1,2})(?!\\d)" + TIME, F);
    /** Latvian, year first and the day before the month: "2025. gada 2. decembris, 10:15". */
    private static final Pattern YEAR_DAY_MONTH = Pattern.compile("(?<![\\d.])(\\d{4})\\.\\s+gada\\s+(\\d{1,2})\\.\\s+" + MONTH + TIME, F);
    /** Basque, the year's and the month's case endings around them: "2025eko abenduaren 2a". */
    private static final Pattern BASQUE = Pattern.compile("(?<!\\d)(\\d{4})eko\\s+" + MONTH + "\\s+(\\d{1,2})(?:an?)?(?!\\d)" + TIME, F);
    /** Other calendars' dates ({@link OtherCalendars}): "۱۱ آذر ۱۴۰۴ - ۱۰:۳۰", "ኅዳር 23 ቀን 2018 ዓ.ም.", "令和7年12月2日". */
    private static final Pattern SOLAR_HIJRI = Pattern.compile(OtherCalendars.DAY_FIRST + TIME, F);
    private static final Pattern ETHIOPIAN = Pattern.compile(OtherCalendars.MONTH_FIRST + TIME, F);
    private static final Pattern ERA = Pattern.compile(OtherCalendars.ERA_FIRST + TIME, F);
    private static final Pattern HEBREW = Pattern.compile(OtherCalendars.HEBREW + TIME, F);
    /** How a date's shape gives its day: from its match, the text it stands in and the rest of its line. */
    private interface DateOf {
        LocalDate of(Matcher m, String text, String context);
    }

    /** A shape of date, the group its time starts at, and how its day is read. */
    private record Shape(Pattern pattern, int timeGroup, DateOf date) { }

    private static final List<Shape> SHAPES = List.of(new Shape(ISO, 4, (m, t, c) -> ymd(m, 1, 2, 3)),
            new Shape(YMD, 5, (m, t, c) -> ymd(m, 1, 3, 4)), new Shape(NUMERIC, 5, SlashedDates::of),
            new Shape(SHORT_YEAR, 5, SlashedDates::of),
            new Shape(DAY_MONTH, 4, (m, t, c) -> named(m, 3, 2, 1)), new Shape(MONTH_DAY, 4, (m, t, c) -> named(m, 3, 1, 2)),
            new Shape(YEAR_MONTH_DAY, 4, (m, t, c) -> named(m, 1, 2, 3)), new Shape(YEAR_DAY_MONTH, 4, (m, t, c) -> named(m, 1, 3, 2)),
            new Shape(CJK, 4, (m, t, c) -> ymd(m, 1, 2, 3)), new Shape(TIBETAN, 4, (m, t, c) -> ymd(m, 1, 2, 3)), new Shape(BASQUE, 4, (m, t, c) -> named(m, 1, 2, 3)),
            new Shape(SOLAR_HIJRI, 4, (m, t, c) -> gregorian(OtherCalendars.date(m, 3, 2, 1))),
            new Shape(ETHIOPIAN, 4, (m, t, c) -> gregorian(OtherCalendars.date(m, 3, 1, 2))),
            new Shape(ERA, 5, (m, t, c) -> gregorian(OtherCalendars.eraDate(m))),
            new Shape(HEBREW, 4, (m, t, c) -> gregorian(OtherCalendars.hebrewDate(m))));

    private DateExtractor() {
    }

    /** Whether the text may hold a date at all ({@link YearMarks}): most lines are read by no pattern. */
    public static boolean hasYear(CharSequence text) {
        return YearMarks.present(text);
    }

    /** The earliest-positioned date in the text, if any. */
    public static Optional<FoundDate> find(String text) {
        return find(text, "");
    }

    /**
     * The first date in {@code text}, where {@code context} (the rest of its line: "Publicado por Ana
     * Rita Sousa" beside "05/11/2024") may tell that a slashed date is written day first.
     */
    public static Optional<FoundDate> find(String raw, String context) {
        String text = raw == null ? null : NativeDigits.ascii(raw); // "২ ডিসেম্বর ২০২৫": Bengali's digits
        if (text == null || !hasYear(text)) {
            return Optional.empty();
        }
        FoundDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Shape shape : SHAPES) { // the earliest date in the text wins, whatever its shape
            Matcher m = shape.pattern().matcher(text);
            if (m.find() && m.start() < bestStart) {
                FoundDate d = build(m, shape.date().of(m, text, context), shape.timeGroup(), raw);
                if (d != null) {
                    best = d;
                    bestStart = m.start();
                }
            }
        }
        return Optional.ofNullable(best == null ? null : TimesOfDay.withLeadingTime(raw, bestStart, best));
    }

    /**
     * The first date in {@code text} as {@link #find(String)} reads it, but on a page that writes the day first (one not
     * in English, {@code DayFirstPages}): a slashed date whose numbers could both be the month is read day first even
     * with no word or clock beside it saying so ("1/12/2025" on an Arabic page is 1 December).
     */
    public static Optional<FoundDate> findOnDayFirstPage(String text) {
        return find(text, SlashedDates.DAY_FIRST_PAGE);
    }

    /** A date whose month is a name: the year's, the month name's and the day's groups. */
    private static LocalDate named(Matcher m, int y, int mo, int d) {
        int year = Integer.parseInt(m.group(y)); // (two digits only right before a clock: "7th Dec 26, 10:42am")
        return date(MonthNames.christianYear(m.group(mo), year < 100 ? 2000 + year : year), MonthNames.month(m.group(mo)),
                Integer.parseInt(m.group(d)));
    }

    private static LocalDate ymd(Matcher m, int y, int mo, int d) {
        return date(Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d)));
    }

    /** Another calendar's date as the Gregorian day, if it falls in the years a news date may (see {@link #date}). */
    private static LocalDate gregorian(LocalDate day) {
        return day == null ? null : date(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    static LocalDate date(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date found; its text is the raw text's, as written (in its own digits), at the match's place. */
    private static FoundDate build(Matcher m, LocalDate date, int timeGroup, String raw) {
        if (date == null) {
            return null;
        }
        LocalTime time = LocalTime.MIDNIGHT;
        int offsetMinutes = 0;
        if (m.group(timeGroup) != null) {
            int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
            time = TimesOfDay.clock(Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)), second,
                    m.group(timeGroup + 3));
            if (time == null) {
                return null;
            }
            offsetMinutes = ZoneOffsets.minutes(m.group(timeGroup + 4), date.atTime(time));
        }
        Instant instant = date.atTime(time).toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        return new FoundDate(instant, raw.substring(m.start(), m.end()).strip());
    }
}
