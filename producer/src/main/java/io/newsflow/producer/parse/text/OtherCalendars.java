package io.newsflow.producer.parse.text;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.EthiopicCalendar;
import com.ibm.icu.util.PersianCalendar;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in a calendar other than the Gregorian, turned into the Gregorian day by ICU's calendars: the Solar
 * Hijri of Iran and Afghanistan ("۱۱ آذر ۱۴۰۴", Persian months and Dari's zodiac ones: 2 December 2025) and the Ethiopian
 * ("ኅዳር 23 ቀን 2018 ዓ.ም.", the same day). Their years (1404, 2018) are no Gregorian ones, so the Gregorian shapes
 * either miss such a date or would misread it; digits of any script were made ASCII before ({@link NativeDigits}).
 */
final class OtherCalendars {

    /** A calendar's months, in its order, each with the spellings pages use. */
    private record Months(Supplier<Calendar> calendar, String[][] names) { }

    private static final Months SOLAR_HIJRI = new Months(PersianCalendar::new, new String[][] {
        {"فروردین", "حمل"}, {"اردیبهشت", "ثور"}, {"خرداد", "جوزا"}, {"تیر", "سرطان"}, {"مرداد", "امرداد", "اسد"},
        {"شهریور", "سنبله"}, {"مهر", "میزان"}, {"آبان", "عقرب"}, {"آذر", "قوس"}, {"دی", "جدی"}, {"بهمن", "دلو"},
        {"اسفند", "حوت"}});
    private static final Months ETHIOPIAN = new Months(EthiopicCalendar::new, new String[][] {
        {"መስከረም"}, {"ጥቅምት"}, {"ኅዳር", "ህዳር"}, {"ታኅሣሥ", "ታህሳስ", "ታኅሳስ"}, {"ጥር"}, {"የካቲት"}, {"መጋቢት"},
        {"ሚያዝያ"}, {"ግንቦት"}, {"ሰኔ"}, {"ሐምሌ"}, {"ነሐሴ"}, {"ጳጉሜ", "ጳጉሜን"}});

    /** Each month's spelling, with its calendar and its index there (0 for the first). */
    private static final Map<String, Object[]> MONTHS = new HashMap<>();

    static {
        for (Months calendar : new Months[] {SOLAR_HIJRI, ETHIOPIAN}) {
            for (int m = 0; m < calendar.names().length; m++) {
                for (String name : calendar.names()[m]) {
                    MONTHS.put(name, new Object[] {calendar, m});
                }
            }
        }
    }

    private static String alternation(Months calendar) {
        StringBuilder sb = new StringBuilder();
        for (String[] month : calendar.names()) {
            for (String name : month) {
                sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(name));
            }
        }
        return sb.toString();
    }

    /** Persian and Dari write the day first: "۱۱ آذر ۱۴۰۴"; the day's, the month's and the year's groups are 1, 2, 3. */
    static final String DAY_FIRST = "(?<!\\d)(\\d{1,2})\\s+(" + alternation(SOLAR_HIJRI) + ")\\s+(\\d{4})(?!\\d)";
    /** Amharic writes the month first, perhaps "day" (ቀን) before the year: "ኅዳር 23 ቀን 2018"; groups 2, 1, 3. */
    static final String MONTH_FIRST = "(" + alternation(ETHIOPIAN) + ")\\s+(\\d{1,2})(?:\\s+ቀን)?,?\\s+(\\d{4})(?!\\d)";

    private OtherCalendars() {
    }

    /** The Gregorian day of the match's year, month name and day groups, or null when no such day exists. */
    static LocalDate date(Matcher m, int year, int month, int day) {
        Object[] found = MONTHS.get(m.group(month));
        if (found == null) {
            return null;
        }
        Months months = (Months) found[0];
        int index = (Integer) found[1];
        int dayOfMonth = Integer.parseInt(m.group(day));
        Calendar calendar = months.calendar().get();
        calendar.clear();
        calendar.set(Integer.parseInt(m.group(year)), index, 1);
        if (dayOfMonth < 1 || dayOfMonth > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return null; // "۳۱ آذر": Azar has 30 days
        }
        calendar.set(Calendar.DAY_OF_MONTH, dayOfMonth);
        // the Julian day number names the day whatever the time zone the calendar was made in
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }
}
