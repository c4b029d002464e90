package io.newsflow.producer.parse.text;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Well-known place names, from the JDK's own data: the cities of the time-zone database
 * ("Europe/Berlin", "America/New_York") and every country's name in the languages newsflow reads.
 * The parser asks it where a place and an outlet can stand in the same slot ("Von Lukas Weber,
 * Berlin" against "Von Anna Petersen, NDR"); it is no gazetteer (enrichment has that), only enough
 * to keep a reporter's city from being read as the outlet.
 */
public final class Places {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"),
        Locale.ITALIAN, new Locale("nl"), new Locale("pt"), new Locale("pl"), new Locale("sv")};
    private static final Set<String> NAMES = load();

    private Places() {
    }

    /** True when the text (any case) is a time-zone city or a country's name. */
    public static boolean isPlace(String text) {
        return NAMES.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
                names.add(zone.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT));
            }
        }
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : LANGUAGES) {
                names.add(country.getDisplayCountry(language).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(names);
    }
}
