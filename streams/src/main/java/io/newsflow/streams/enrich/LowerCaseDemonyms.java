package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lower-case nationality adjectives and the country each names, per language ({@code
 * demonym-places-lower.txt}: "fr:français" FR, "de:italienischen" IT, "es:chinos" CN), and regions' and
 * cities' adjectives with the place's name ("fr:marseillais" Marseille). Apart from
 * {@link PlaceAdjectives} because the gazetteer reads the forms while it is being built, and so must
 * not wait for the gazetteer itself.
 */
final class LowerCaseDemonyms {

    /** "language:form" to a country code. */
    private static final Map<String, String> CODES = read("demonym-places-lower.txt");

    private LowerCaseDemonyms() {
    }

    /**
     * The country code the lower-case word names in an article of {@code language}, or the name of the
     * region or city it names ("es:catalán" Cataluña), or null.
     */
    static String code(String language, String lower) {
        return CODES.get(language + ":" + lower);
    }

    /** Whether a {@link #code} is a country's code ("FR") rather than a place's name ("Cataluña"). */
    static boolean isCountryCode(String code) {
        return code.length() == 2 && Character.isUpperCase(code.charAt(0)) && Character.isUpperCase(code.charAt(1));
    }

    /** Every form, whatever its language: the words the gazetteer marks {@link Gazetteer#LOWER_DEMONYM}. */
    static Set<String> forms() {
        Set<String> forms = new HashSet<>();
        CODES.keySet().forEach(k -> forms.add(k.substring(k.indexOf(':') + 1)));
        return forms;
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> codes = new HashMap<>();
        for (String line : DataFiles.lines(resource)) {
            int colon = line.indexOf(':');
            int eq = line.indexOf('=');
            if (colon < 1 || eq < colon) {
                throw new IllegalStateException(resource + ": not 'languages:form=CODE': " + line);
            }
            for (String language : line.substring(0, colon).split(",")) {
                codes.put(language + ":" + line.substring(colon + 1, eq), line.substring(eq + 1).strip());
            }
        }
        return Map.copyOf(codes);
    }
}
