package io.newsflow.producer.parse.text;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.EthiopicCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.JapaneseCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TaiwanCalendar;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in a calendar other than the Gregorian, turned into the Gregorian day by ICU's calendars: the Solar
 * Hijri of Iran and Afghanistan ("۱۱ آذر ۱۴۰۴", Persian months and Dari's and Pashto's zodiac ones: 2 December 2025), the
 * Islamic one as Saudi Arabia's Umm al-Qura tables give it ("11 جمادى الآخرة 1447 هـ"), the Ethiopian ("ኅዳር 23 ቀን 2018
 * ዓ.ም."), and the eras of Japan and Taiwan ("令和7年12月2日", "中華民國114年12月2日"), all the same day. Their years are no
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
    private static final Months ETHIOPIAN = new Months(EthiopicCalendar::new, new String[][] {
        {"መስከረም"}, {"ጥቅምት"}, {"ኅዳር", "ህዳር"}, {"ታኅሣሥ", "ታህሳስ", "ታኅሳስ"}, {"ጥር"}, {"የካቲት"}, {"መጋቢት"},
        {"ሚያዝያ"}, {"ግንቦት"}, {"ሰኔ"}, {"ሐምሌ"}, {"ነሐሴ"}, {"ጳጉሜ", "ጳጉሜን"}});

    /** A month of a calendar: the calendar's months and its index among them (0 for the first). */
    private record Month(Months calendar, int index) { }

    /** Each month's spelling and the month it names. */
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Months calendar : new Months[] {SOLAR_HIJRI, SOLAR_HIJRI_PASHTO, ISLAMIC, ETHIOPIAN}) {
            for (int m = 0; m < calendar.names().length; m++) {
                for (String name : calendar.names()[m]) {
                    MONTHS.put(name, new Month(calendar, m));
                }
            }
        }
    }

    private static String alternation(Months... calendars) {
        StringBuilder sb = new StringBuilder();
        for (Months calendar : calendars) {
            for (String[] month : calendar.names()) {
                for (String name : month) {
                    sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(name));
                }
            }
        }
        return sb.toString();
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
