package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Country names in the languages newsflow reads, from the JDK's locale data (every ISO 3166
 * country), plus the English short forms and a few forms the JDK does not give ("Türkiye",
 * "Ivory Coast", German datives such as "Niederlanden"). {@link Gazetteer} flags them as places.
 */
final class CountryNames {

    /** The languages newsflow names countries and dates in. */
    static final List<Locale> NAME_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"), Locale.ITALIAN, Locale.forLanguageTag("pt"),
            Locale.forLanguageTag("pl"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"), Locale.forLanguageTag("nb"),
            Locale.forLanguageTag("fi"), Locale.forLanguageTag("hu"));
    private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(
            Map.entry("us", "US"), Map.entry("u.s", "US"), Map.entry("usa", "US"), Map.entry("america", "US"),
            Map.entry("uk", "GB"), Map.entry("u.k", "GB"), Map.entry("britain", "GB"),
            Map.entry("türkiye", "TR"), Map.entry("turkiye", "TR"), Map.entry("czechia", "CZ"),
            Map.entry("czech republic", "CZ"), Map.entry("ivory coast", "CI"), Map.entry("the netherlands", "NL"),
            Map.entry("holland", "NL"), Map.entry("burma", "MM"), Map.entry("the gambia", "GM"),
            Map.entry("vatican", "VA"), Map.entry("democratic republic of congo", "CD"), Map.entry("drc", "CD"),
            Map.entry("uae", "AE"), Map.entry("emirates", "AE"), Map.entry("the philippines", "PH"),
            Map.entry("hong kong", "HK"), Map.entry("macau", "MO"), Map.entry("palestine", "PS"),
            Map.entry("kosovo", "XK"), Map.entry("the united states", "US"), Map.entry("the united kingdom", "GB"),
            // German datives the JDK's names do not give: "in den Niederlanden", "in den Vereinigten Staaten"
            Map.entry("niederlanden", "NL"), Map.entry("vereinigten staaten", "US"));
    /**
     * Countries the JDK's locale data (CLDR) renamed between JDK 17 and 25, by language: each code's name on JDK 17, then
     * its name on JDK 25. Both are read as the country on every JDK, and the first is the name newsflow writes, so an
     * article gives the same entities on every JDK ("Turkish" names "Turkey", with code TR, on JDK 25 too).
     */
    private static final Map<String, Map<String, List<String>>> RENAMED = Map.of(
            "en", Map.of("TR", List.of("Turkey", "Türkiye")),
            "sv", Map.of("BY", List.of("Vitryssland", "Belarus"), "CI", List.of("Côte d’Ivoire", "Elfenbenskusten"),
                    "SZ", List.of("Swaziland", "Eswatini")),
            "da", Map.of("BY", List.of("Hviderusland", "Belarus"), "NL", List.of("Holland", "Nederlandene")),
            "nb", Map.of("BY", List.of("Hviterussland", "Belarus")),
            "it", Map.of("PA", List.of("Panamá", "Panama"), "SZ", List.of("Swaziland", "Eswatini"),
                    "UM", List.of("Altre isole americane del Pacifico", "Isole Minori Esterne degli Stati Uniti")),
            "fi", Map.of("SJ", List.of("Svalbard ja Jan Mayen", "Huippuvuoret ja Jan Mayen")));

    private CountryNames() {
    }

    /** The country's name in the language, as JDK 17's locale data gives it whatever the JDK ({@link #RENAMED}). */
    static String displayName(String code, Locale in) {
        List<String> renamed = RENAMED.getOrDefault(in.getLanguage(), Map.of()).get(code);
        return renamed != null ? renamed.get(0) : new Locale("", code).getDisplayCountry(in);
    }

    /** Lower-case country name (in any of the languages, or an alias) to its ISO 3166 alpha-2 code. */
    static Map<String, String> codes() {
        Map<String, String> countries = new HashMap<>();
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
        RENAMED.values().forEach(byCode -> byCode.forEach((code, names) ->
                names.forEach(name -> countries.putIfAbsent(name.toLowerCase(Locale.ROOT), code))));
        return countries;
    }

    /**
     * Whether {@code lowerName}, a name of the country {@code code} (null: none), is its name in
     * English or in the language (ISO 639-1, may be null), or one of the English short forms.
     */
    static boolean isNameIn(String lowerName, String code, String language) {
        if (code == null) {
            return false;
        }
        Locale country = new Locale("", code);
        return COUNTRY_ALIASES.containsKey(lowerName)
                || lowerName.equals(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
                || language != null && lowerName.equals(country.getDisplayCountry(Locale.forLanguageTag(language))
                        .toLowerCase(Locale.ROOT))
                || renamedIn("en", code, lowerName) || language != null && renamedIn(language, code, lowerName);
    }

    /** Whether the lower-case name is one of the country's names in the language before or after a rename. */
    private static boolean renamedIn(String language, String code, String lowerName) {
        List<String> names = RENAMED.getOrDefault(language, Map.of()).get(code);
        return names != null && names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lowerName));
    }
}
