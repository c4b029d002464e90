package io.newsflow.producer.parse.text;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.EthiopicCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.JapaneseCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TaiwanCalendar;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates written in a calendar other than the Gregorian, turned into the Gregorian day by ICU's calendars: the Solar
 * Hijri of Iran and Afghanistan ("۱۱ آذر ۱۴۰۴", Persian months and Dari's and Pashto's zodiac ones: 2 December 2025), the
 * Islamic one as Saudi Arabia's Umm al-Qura tables give it ("11 جمادى الآخرة 1447 هـ"), the Ethiopian ("ኅዳር 23 ቀን 2018
 * ዓ.ም."), the eras of Japan and Taiwan ("令和7年12月2日", "中華民國114年12月2日"), and the Hebrew calendar, whose day and
 * year are written in letters ("י"ב בכסלו תשפ"ו"), all the same day. Their years are no
 * Gregorian ones, so the Gregorian shapes either miss such a date or would misread it; digits of any script were made
 * ASCII before ({@link NativeDigits}).
 */
final class OtherCalendars {

    /** A calendar's months, in its order, each with the spellings pages use. */
    private record Months(Supplier<Calendar> calendar, String[][] names) { }

    private static final Months SOLAR_HIJRI = new Months(PersianCalendar::new, new String[][] {
        {"فروردین", "حمل"}, {"اردیبهشت", "ثور"}, {"خرداد", "جوزا"}, {"تیر", "سرطان"}, {"مرداد", "امرداد", "اسد"},
        {"شهریور", "سنبله"}, {"مهر", "میزان"}, {"آبان", "عقرب"}, {"آذر", "قوس"}, {"دی", "جدی"}, {"بهمن", "دلو"},
        {"اسفند", "حوت"}});
    /** Pashto's zodiac months of the same calendar ("۱۱ لیندۍ ۱۴۰۴"), with either spelling of its "g". */
    private static final Months SOLAR_HIJRI_PASHTO = new Months(PersianCalendar::new, new String[][] {
        {"وری"}, {"غویی"}, {"غبرګولی", "غبرگولی"}, {"چنګاښ", "چنگاښ"}, {"زمری"}, {"وږی"}, {"تله"}, {"لړم"}, {"لیندۍ"},
        {"مرغومی"}, {"سلواغه"}, {"کب"}});
    private static final Months ISLAMIC = new Months(OtherCalendars::ummAlQura, new String[][] {
        {"محرم"}, {"صفر"}, {"ربيع الأول", "ربيع الاول"}, {"ربيع الآخر", "ربيع الثاني", "ربيع الاخر"},
        {"جمادى الأولى", "جمادى الاولى"}, {"جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية"}, {"رجب"}, {"شعبان"},
        {"رمضان"}, {"شوال"}, {"ذو القعدة", "ذي القعدة"}, {"ذو الحجة", "ذي الحجة"}});
    /** Amharic's spellings and Tigrinya's ("ሕዳር 28 2019 ዓ.ም."), which Eritrea also gives the Gregorian months ({@link MonthNames}). */
    private static final Months ETHIOPIAN = new Months(EthiopicCalendar::new, new String[][] {
        {"መስከረም"}, {"ጥቅምት", "ጥቅምቲ"}, {"ኅዳር", "ህዳር", "ሕዳር"}, {"ታኅሣሥ", "ታህሳስ", "ታኅሳስ", "ታሕሳስ"}, {"ጥር", "ጥሪ"},
        {"የካቲት", "ለካቲት"}, {"መጋቢት"}, {"ሚያዝያ"}, {"ግንቦት"}, {"ሰኔ", "ሰነ"}, {"ሐምሌ", "ሓምለ"}, {"ነሐሴ", "ነሓሰ"}, {"ጳጉሜ", "ጳጉሜን"}});

    /**
     * The Hebrew months in ICU's numbering, Adar I (5) only in a leap year, plain Adar the sixth (the thirteen months
     * of a leap year and the twelve of another share it); "in" glued before the month is read by {@link #HEBREW}.
     */
    private static final Months HEBREW_MONTHS = new Months(HebrewCalendar::new, new String[][] {
        {"תשרי"}, {"חשוון", "חשון", "מרחשוון"}, {"כסלו", "כסליו"}, {"טבת"}, {"שבט"}, {"אדר א'", "אדר א׳"},
        {"אדר", "אדר ב'", "אדר ב׳"}, {"ניסן"}, {"אייר", "איר"}, {"סיוון", "סיון"}, {"תמוז"}, {"אב", "מנחם אב"}, {"אלול"}});

    /** A month of a calendar: the calendar's months and its index among them (0 for the first). */
    private record Month(Months calendar, int index) { }

    /** Each month's spelling and the month it names. */
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Months calendar : new Months[] {SOLAR_HIJRI, SOLAR_HIJRI_PASHTO, ISLAMIC, ETHIOPIAN, HEBREW_MONTHS}) {
            for (int m = 0; m < calendar.names().length; m++) {
                for (String name : calendar.names()[m]) {
                    MONTHS.put(name, new Month(calendar, m));
                }
            }
        }
    }

    /** A regex alternation of the calendars' month names, longest first, so "אדר ב'" is not cut at "אדר" (as {@link MonthNames} does). */
    private static String alternation(Months... calendars) {
        return Arrays.stream(calendars).flatMap(calendar -> Arrays.stream(calendar.names())).flatMap(Arrays::stream)
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Saudi Arabia's official reckoning of the Islamic calendar. */
    private static Calendar ummAlQura() {
        IslamicCalendar calendar = new IslamicCalendar();
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return calendar;
    }

    /**
     * Persian, Dari, Pashto and Arabic write the day first: "۱۱ آذر ۱۴۰۴", "11 جمادى الآخرة 1447 هـ"; the day's, the
     * month's and the year's groups are 1, 2, 3.
     */
    static final String DAY_FIRST = "(?<!\\d)(\\d{1,2})\\s+(" + alternation(SOLAR_HIJRI, SOLAR_HIJRI_PASHTO, ISLAMIC)
            + ")\\s+(\\d{4})(?!\\d)";
    /** Amharic writes the month first, perhaps "day" (ቀን) before the year: "ኅዳር 23 ቀን 2018"; groups 2, 1, 3. */
    static final String MONTH_FIRST = "(" + alternation(ETHIOPIAN) + ")\\s+(\\d{1,2})(?:\\s+ቀን)?,?\\s+(\\d{4})(?!\\d)";

    /**
     * Japan's and Taiwan's eras before year, month and day: "令和7年12月2日", "令和元年", "中華民國114年12月2日", and a
     * three-digit year alone, which only Taiwan's era has ("114年12月2日"); the era's, the year's, the month's and the
     * day's groups are 1, 2, 3, 4.
     */
    static final String ERA_FIRST = "(?<!\\d)(令和|平成|(?:中華)?民國)?\\s*(\\d{1,3}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";
    private static final int MIN_ROC_YEAR = 100;

    /**
     * Hebrew, day and year in letters, the month perhaps with "in" glued on: "י"ב בכסלו תשפ"ו", "ה'תשפ"ו" (the
     * thousands written too); the day's, the month's and the year's groups are 1, 2, 3.
     */
    static final String HEBREW = "(?<!\\p{L})([\u05D0-\u05EA]{1,2}[\"\u05F4]?[\u05D0-\u05EA]?['\u05F3]?)\\s+ב?("
            + alternation(HEBREW_MONTHS) + ")\\s+((?:ה['\u05F3]\\s?)?[\u05D0-\u05EA]{1,3}[\"\u05F4][\u05D0-\u05EA])(?!\\p{L})";
    /** The letters' values, from alef (1) to tav (400), final forms as their letters. */
    private static final String LETTERS = "אבגדהוזחטיכךלמםנןסעפףצץקרשת";
    private static final int[] VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90, 100,
        200, 300, 400};
    private static final int THOUSANDS = 5000;

    private OtherCalendars() {
    }

    /** The Gregorian day of an era's date ({@link #ERA_FIRST}), or null when the era or the day does not exist. */
    static LocalDate eraDate(Matcher m) {
        String era = m.group(1);
        int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
        Calendar calendar;
        if (era == null || era.endsWith("民國")) {
            if (era == null && year < MIN_ROC_YEAR) {
                return null; // "7年12月": no era, no year
            }
            calendar = new TaiwanCalendar();
            calendar.clear();
            calendar.set(Calendar.ERA, TaiwanCalendar.MINGUO);
        } else {
            calendar = new JapaneseCalendar();
            calendar.clear();
            calendar.set(Calendar.ERA, era.equals("令和") ? JapaneseCalendar.REIWA : JapaneseCalendar.HEISEI);
        }
        return day(calendar, year, Integer.parseInt(m.group(3)) - 1, Integer.parseInt(m.group(4)));
    }

    /** The Gregorian day of a Hebrew date ({@link #HEBREW}), or null when the day does not exist. */
    static LocalDate hebrewDate(Matcher m) {
        String year = m.group(3);
        int thousands = year.startsWith("ה") && (year.charAt(1) == '\'' || year.charAt(1) == '\u05F3') ? 2 : 0;
        Calendar calendar = new HebrewCalendar();
        calendar.clear();
        return day(calendar, THOUSANDS + letters(year.substring(thousands)), MONTHS.get(m.group(2)).index(), letters(m.group(1)));
    }

    /** The value of a number written in Hebrew letters ("תשפ"ו": 786), its marks aside. */
    private static int letters(String written) {
        int sum = 0;
        for (int i = 0; i < written.length(); i++) {
            int k = LETTERS.indexOf(written.charAt(i));
            sum += k < 0 ? 0 : VALUES[k];
        }
        return sum;
    }

    /** The Gregorian day of the match's year, month name and day groups, or null when no such day exists. */
    static LocalDate date(Matcher m, int year, int month, int day) {
        Month found = MONTHS.get(m.group(month));
        if (found == null) {
            return null;
        }
        Calendar calendar = found.calendar().calendar().get();
        calendar.clear();
        return day(calendar, Integer.parseInt(m.group(year)), found.index(), Integer.parseInt(m.group(day)));
    }

    /** The Gregorian day of the calendar's year, month (0 for the first) and day, or null when it has no such day. */
    private static LocalDate day(Calendar calendar, int year, int month, int dayOfMonth) {
        calendar.set(Calendar.YEAR, year);
        calendar.set(Calendar.MONTH, month);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        if (month < 0 || month > calendar.getActualMaximum(Calendar.MONTH) || dayOfMonth < 1
                || dayOfMonth > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return null; // "۳۱ آذر": Azar has 30 days
        }
        calendar.set(Calendar.DAY_OF_MONTH, dayOfMonth);
        // the Julian day number names the day whatever the time zone the calendar was made in
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }
}
