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

    private CalendarWords() {
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
