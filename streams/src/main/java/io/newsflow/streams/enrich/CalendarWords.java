package io.newsflow.streams.enrich;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Months, weekdays and holidays in the languages newsflow reads (the JDK's date symbols, and a
 * curated list of holidays): capitalised, but never a name. {@link Gazetteer} flags them CALENDAR.
 */
final class CalendarWords {

    private static final WordSet HOLIDAYS = WordSet.of("christmas", "easter", "ramadan", "eid", "hanukkah",
            "diwali", "thanksgiving", "halloween", "lent", "advent", "pentecost", "weihnachten", "ostern",
            "pfingsten", "noël", "pâques", "navidad", "nochevieja", "kerstmis", "pasen", "kerst", "pinksteren",
            "natale", "pasqua", "ferragosto", "pascua", "páscoa", "wielkanoc");

    /** Months and weekdays of the languages that capitalise them, English and German, and the holidays. */
    private static final Set<String> WRITTEN_CAPITALISED = writtenCapitalised();

    private CalendarWords() {
    }

    /**
     * A capitalised month's or weekday's name right after a given name is a surname when its language writes months and
     * weekdays in lower case: "Martha Cecilia Julio" (Spanish "julio"), where "Elizabeth Warren Monday" ends at Warren.
     */
    static boolean surnameAfterGivenName(Word before, Word calendar) {
        return before.has(Gazetteer.GIVEN_NAME) && !WRITTEN_CAPITALISED.contains(calendar.lower());
    }

    private static Set<String> writtenCapitalised() {
        Set<String> words = new HashSet<>(HOLIDAYS);
        words.addAll(monthsAndWeekdays(Locale.ENGLISH));
        words.addAll(monthsAndWeekdays(Locale.GERMAN));
        words.addAll(englishWeekdayPlurals());
        return Set.copyOf(words);
    }

    /** Every calendar word in lower case. */
    static Set<String> all() {
        Set<String> calendar = new HashSet<>(HOLIDAYS);
        for (Locale in : CountryNames.NAME_LOCALES) {
            calendar.addAll(monthsAndWeekdays(in));
        }
        calendar.addAll(englishWeekdayPlurals());
        // English month abbreviations of datelines ("PARIS, Nov 29 (Reuters)"); not Jan, Mar or Jun, which are names too
        calendar.addAll(List.of("feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec"));
        // and the other languages' that are no words or names: ANSA's "GENOVA, 03 DIC", Lusa's "05 dez"
        calendar.addAll(List.of("dic", "ott", "sett", "giu", "lug", "ene", "dez", "fev", "déc", "févr", "janv", "juil"));
        return calendar;
    }

    /** The language's months and weekdays (the JDK's date symbols), in lower case. */
    private static List<String> monthsAndWeekdays(Locale in) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(in);
        List<String> names = new ArrayList<>();
        for (String[] list : List.of(symbols.getMonths(), symbols.getWeekdays())) {
            for (String name : list) {
                if (!name.isEmpty()) {
                    names.add(name.toLowerCase(in));
                }
            }
        }
        return names;
    }

    /** "on Thursdays": English weekdays in the plural. */
    private static List<String> englishWeekdayPlurals() {
        List<String> plurals = new ArrayList<>();
        for (String day : DateFormatSymbols.getInstance(Locale.ENGLISH).getWeekdays()) {
            if (!day.isEmpty()) {
                plurals.add(day.toLowerCase(Locale.ENGLISH) + "s");
            }
        }
        return plurals;
    }
}
