package io.newsflow.streams.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The world knowledge entity extraction leans on, all keyed by lower-case name:
 * countries with their ISO 3166 alpha-2 codes from the JDK's Locale data (names in English,
 * German, French, Spanish, Dutch, Italian and Portuguese), curated places and well-known
 * organisations, given names, demonyms, person titles, organisation keywords, and calendar
 * words (month and weekday names from the JDK, plus holidays) that are capitalised but never
 * entities. The curated lists are general geography and general knowledge, in
 * {@code src/main/resources/io/newsflow/streams/enrich/}.
 */
public final class Gazetteer {

    private static final List<Locale> NAME_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"), Locale.ITALIAN, Locale.forLanguageTag("pt"));
    private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(
            Map.entry("us", "US"), Map.entry("u.s", "US"), Map.entry("usa", "US"), Map.entry("america", "US"),
            Map.entry("uk", "GB"), Map.entry("u.k", "GB"), Map.entry("britain", "GB"),
            Map.entry("türkiye", "TR"), Map.entry("turkiye", "TR"), Map.entry("czechia", "CZ"),
            Map.entry("czech republic", "CZ"), Map.entry("ivory coast", "CI"), Map.entry("the netherlands", "NL"),
            Map.entry("holland", "NL"), Map.entry("burma", "MM"), Map.entry("the gambia", "GM"),
            Map.entry("vatican", "VA"), Map.entry("democratic republic of congo", "CD"), Map.entry("drc", "CD"),
            Map.entry("uae", "AE"), Map.entry("emirates", "AE"), Map.entry("the philippines", "PH"),
            Map.entry("hong kong", "HK"), Map.entry("macau", "MO"), Map.entry("palestine", "PS"),
            Map.entry("kosovo", "XK"), Map.entry("the united states", "US"), Map.entry("the united kingdom", "GB"));
    private static final Set<String> HOLIDAYS = Set.of("christmas", "easter", "ramadan", "eid", "hanukkah",
            "diwali", "thanksgiving", "halloween", "lent", "advent", "pentecost", "weihnachten", "ostern",
            "pfingsten", "noël", "pâques", "navidad", "nochevieja", "kerstmis", "pasen", "kerst", "pinksteren");

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, String> countries = new HashMap<>();
    private final Set<String> places = read("places.txt");
    private final Set<String> organizations = read("organizations.txt");
    private final Set<String> givenNames = read("given-names.txt");
    private final Set<String> demonyms = read("demonyms.txt");
    private final Set<String> titles = read("person-titles.txt");
    private final Set<String> orgKeywords = read("org-keywords.txt");
    private final Set<String> calendar = new HashSet<>(HOLIDAYS);

    private Gazetteer() {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale in : NAME_LOCALES) {
                String name = country.getDisplayCountry(in);
                if (!name.isEmpty() && !name.equals(code) && name.indexOf('(') < 0) {
                    countries.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
                }
            }
        }
        COUNTRY_ALIASES.forEach(countries::putIfAbsent);
        for (Locale in : NAME_LOCALES) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(in);
            for (String[] names : List.of(symbols.getMonths(), symbols.getWeekdays())) {
                for (String name : names) {
                    if (!name.isEmpty()) {
                        calendar.add(name.toLowerCase(in));
                    }
                }
            }
        }
    }

    /** The shared, immutable gazetteer. */
    public static Gazetteer get() {
        return INSTANCE;
    }

    /** ISO 3166 alpha-2 code of a country name in any of the supported languages, or null. */
    public String countryCode(String lowerName) {
        return countries.get(lowerName);
    }

    /** True for a country or a curated place. */
    public boolean isPlace(String lowerName) {
        return countries.containsKey(lowerName) || places.contains(lowerName);
    }

    public boolean isOrganization(String lowerName) {
        return organizations.contains(lowerName);
    }

    public boolean isGivenName(String lowerName) {
        return givenNames.contains(lowerName);
    }

    public boolean isDemonym(String lowerName) {
        return demonyms.contains(lowerName);
    }

    /** A title or role word ("minister", "chief"), including German compounds ("Verkehrsminister"). */
    public boolean isTitle(String lowerName) {
        if (titles.contains(lowerName)) {
            return true;
        }
        for (String suffix : List.of("minister", "ministerin", "chef", "chefin", "vorstand", "präsident",
                "präsidentin", "sprecher", "sprecherin", "kanzler", "kanzlerin")) {
            if (lowerName.length() > suffix.length() + 2 && lowerName.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    public boolean isOrgKeyword(String lowerName) {
        return orgKeywords.contains(lowerName);
    }

    /** Month, weekday or holiday name in a supported language. */
    public boolean isCalendarWord(String lowerName) {
        return calendar.contains(lowerName);
    }

    private static Set<String> read(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String name : line.split("\\|")) {
                    if (!name.isBlank()) {
                        names.add(name.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
        return Set.copyOf(names);
    }
}
