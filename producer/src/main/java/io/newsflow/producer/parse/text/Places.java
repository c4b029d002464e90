package io.newsflow.producer.parse.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Well-known place names, from the JDK's own data: the cities of the time-zone database
 * ("Europe/Berlin", "America/New_York") and every country's name in the languages newsflow reads,
 * with a short list of cities under their own languages' names ({@code cities.txt}: "München",
 * "Lisboa", "Den Haag") and of regions ({@code regions.txt}: "Scotland", "Bretagne", "Bayern",
 * "Texas"); case and accents are ignored ("Zürich" is the zone's "Zurich").
 * The parser asks it where a place and an outlet can stand in the same slot ("Von Lukas Weber,
 * Berlin" against "Von Anna Petersen, NDR"); it is no gazetteer (enrichment has that), only enough
 * to keep a reporter's city from being read as the outlet.
 */
public final class Places {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"),
        Locale.ITALIAN, new Locale("nl"), new Locale("pt"), new Locale("pl"), new Locale("sv")};
    /**
     * Country names the JDK's locale data (CLDR) changed between JDK 17 and 25, both forms, so a page reads the same on
     * every JDK ("Turkey" became "Türkiye" in English). The streams module's CountryNames keeps the same list.
     */
    private static final Map<String, List<String>> RENAMED = Map.of("en", List.of("turkey", "türkiye"),
            "sv", List.of("vitryssland", "belarus", "côte d’ivoire", "elfenbenskusten", "swaziland", "eswatini"),
            "it", List.of("panamá", "panama", "swaziland", "eswatini", "altre isole americane del pacifico",
                    "isole minori esterne degli stati uniti"));
    /** Countries' English names in lower case ("india", "south africa"). */
    private static final Set<String> ENGLISH_COUNTRIES = countries(Locale.ENGLISH);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> NAMES = load();

    private Places() {
    }

    /** True when the text (any case) is a time-zone city, a listed city or region, or a country's name. */
    public static boolean isPlace(String text) {
        return NAMES.contains(fold(text.strip()));
    }

    /** A site's regional edition's word after its name, a continent or the world: "Telecompaper Europe", "CNN International". */
    private static final Set<String> EDITION_REGIONS = Set.of("europe", "asia", "africa", "americas", "oceania", "international");

    /**
     * True when the text, after a site's name, names one of its editions: a city's code ("Eater NY"), a place ("Eater
     * Atlanta", "Frontier Myanmar"), a continent or the world ("Telecompaper Europe", "CNN International").
     */
    public static boolean isEditionName(String text) {
        return text.matches("\\p{Lu}{2,3}") || isPlace(text) || EDITION_REGIONS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** True when there are names and every one is a place: the writers' towns under their names ("Rio de Janeiro e São Paulo"). */
    public static boolean allPlaces(List<String> names) {
        return !names.isEmpty() && names.stream().allMatch(Places::isPlace);
    }

    /** True when the lower-case text is a country's English name (a desk's label: "India News"). */
    public static boolean isEnglishCountryName(String lower) {
        return ENGLISH_COUNTRIES.contains(lower);
    }

    private static Set<String> countries(Locale language) {
        Set<String> names = new HashSet<>(RENAMED.getOrDefault(language.getLanguage(), List.of()));
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(language).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
                names.add(zone.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT));
            }
        }
        for (Locale language : LANGUAGES) {
            names.addAll(countries(language));
        }
        names.addAll(names("cities.txt"));
        names.addAll(names("regions.txt"));
        Set<String> folded = new HashSet<>();
        for (String name : names) {
            folded.add(fold(name));
        }
        return Set.copyOf(folded);
    }

    /** Lower case without accents: "São Paulo" and the zone's "Sao Paulo" are one name. */
    private static String fold(String name) {
        return MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** The names of a list beside this class, one a line ({@code #} opens a comment). */
    private static Set<String> names(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath beside " + Places.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return names;
    }
}
