package io.newsflow.streams.enrich;

import java.text.DateFormatSymbols;
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
        Set<String> words = new HashSet<>(HOLIDAYS.size() * 2 + 64);
        for (String holiday : HOLIDAYS) {
            words.add(holiday);
        }
        for (Locale in : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(in);
            for (String[] names : List.of(symbols.getMonths(), symbols.getWeekdays())) {
                for (String name : names) {
                    words.add(name.toLowerCase(in));
                    words.add(name.toLowerCase(in) + "s"); // "on Thursdays"
                }
            }
        }
        return Set.copyOf(words);
    }

    /** Every calendar word in lower case. */
    static Set<String> all() {
        Set<String> calendar = new HashSet<>(HOLIDAYS);
        for (Locale in : CountryNames.NAME_LOCALES) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(in);
            for (String[] names : List.of(symbols.getMonths(), symbols.getWeekdays())) {
                for (String name : names) {
                    if (!name.isEmpty()) {
                        calendar.add(name.toLowerCase(in));
                    }
                }
            }
            for (String day : symbols.getWeekdays()) {
                if (in == Locale.ENGLISH && !day.isEmpty()) {
                    calendar.add(day.toLowerCase(in) + "s"); // "on Thursdays"
                }
            }
        }
        // English month abbreviations of datelines ("PARIS, Nov 29 (Reuters)"); not Jan, Mar or Jun, which are names too
        calendar.addAll(List.of("feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec"));
        // and the other languages' that are no words or names: ANSA's "GENOVA, 03 DIC", Lusa's "05 dez"
        calendar.addAll(List.of("dic", "ott", "sett", "giu", "lug", "ene", "dez", "fev", "déc", "févr", "janv", "juil"));
        return calendar;
    }
}
