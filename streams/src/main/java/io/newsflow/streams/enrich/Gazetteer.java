package io.newsflow.streams.enrich;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The world knowledge entity extraction leans on, all keyed by lower-case name:
 * countries with their ISO 3166 alpha-2 codes from the JDK's Locale data (names in every language
 * newsflow reads, {@link CountryNames}), curated places and well-known
 * organisations, the world's towns and regions (GeoNames, CC BY 4.0), given names, demonyms,
 * person titles, organisation and place keywords, and calendar
 * words (month and weekday names from the JDK, plus holidays) that are capitalised but never
 * entities. The curated lists are general geography and general knowledge, in
 * {@code src/main/resources/io/newsflow/streams/enrich/}.
 */
public final class Gazetteer {

    /**
     * Bits of {@link #flags}: what a single lower-case word (or listed phrase) can be. {@code TOWN}:
     * a GeoNames town or region ({@code towns.txt}), a cue only for a name nothing else types;
     * {@code TOWN_START} and {@code TOWN_SECOND} mark the first two words of multi-word towns, apart
     * from the {@code PHRASE_} flags so that towns cost the known-phrase search nothing.
     * {@code LOWER_DEMONYM}: a lower-case nationality adjective of some language ({@link PlaceAdjectives}).
     * {@code DEMONYM_PAIR}: two capitalised adjectives joined by a hyphen ("Italian-Australian"), set on
     * the word, not listed.
     */
    public static final int PLACE = 1, ORGANIZATION = 2, GIVEN_NAME = 4, DEMONYM = 8, TITLE = 16, ORG_KEYWORD = 32,
            CALENDAR = 64, PHRASE_START = 128, DEMONYM_START = 256, PHRASE_SECOND = 512, PLACE_KEYWORD = 1024,
            TOWN = 2048, TOWN_START = 4096, TOWN_SECOND = 8192, LOWER_DEMONYM = 16384, DEMONYM_PAIR = 32768;

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, String> countries = CountryNames.codes();
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** Flags of every listed word and phrase ({@link GazetteerFlags}); unknown words only get the title-suffix test. */
    private final Map<String, Integer> flags = GazetteerFlags.build(countries.keySet());
    /** The hashes of the listed names of several words: most word runs are ruled out before a string is built. */
    private final PhraseHashes phrases = new PhraseHashes(flags.keySet());

    private Gazetteer() {
    }

    /**
     * Everything the gazetteer knows about one lower-case word or phrase, as {@code PLACE | TITLE |
     * ...} bits, in one hash lookup; German title compounds ("verkehrsminister") get {@code TITLE}.
     */
    public int flags(String lower) {
        Integer f = flags.get(lower);
        int found = f != null ? f : GazetteerFlags.titleSuffix(lower);
        if ((found & GIVEN_NAME) == 0 && !isAscii(lower)) {
            // "Luís", "Zoë": a given name listed without its accent still names a person
            Integer folded = flags.get(ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""));
            found |= folded == null ? 0 : folded & GIVEN_NAME;
        }
        return found;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * The flags from the lists alone. The title-suffix test only adds {@code TITLE}, so every
     * question but {@link #isTitle} skips it (it was a tenth of entity extraction's time).
     */
    int listed(String lower) {
        Integer f = flags.get(lower);
        return f != null ? f : 0;
    }

    /**
     * False when no listed name of several words has this {@link String#hashCode()} ({@link PhraseHashes#join}
     * computes it from the words' hashes); true means "perhaps": look the name up.
     */
    boolean mayListPhrase(int hash) {
        return phrases.mayContain(hash);
    }

    /** The shared, immutable gazetteer. */
    public static Gazetteer get() {
        return INSTANCE;
    }

    /** ISO 3166 alpha-2 code of a country name in any of the supported languages, or null. */
    public String countryCode(String lowerName) {
        return countries.get(lowerName);
    }

    /**
     * Whether a lower-case country name is the country's name in English or in the language
     * (ISO 639-1, may be null), or one of the English short forms ("us", "britain"): "island"
     * is Iceland only in a German or Danish text.
     */
    public boolean isCountryNameIn(String lowerName, String language) {
        return CountryNames.isNameIn(lowerName, countries.get(lowerName), language);
    }

    /** True for a country or a curated place. */
    public boolean isPlace(String lowerName) {
        return (listed(lowerName) & PLACE) != 0;
    }

    /** True when some multi-word place or organisation starts with this lower-case word. */
    public boolean startsPhrase(String lowerWord) {
        return (listed(lowerWord) & PHRASE_START) != 0;
    }

    public boolean isOrganization(String lowerName) {
        return (listed(lowerName) & ORGANIZATION) != 0;
    }

    public boolean isGivenName(String lowerName) {
        return (listed(lowerName) & GIVEN_NAME) != 0;
    }

    public boolean isDemonym(String lowerName) {
        return (listed(lowerName) & DEMONYM) != 0;
    }

    /** A title or role word ("minister", "chief"), including German compounds ("Verkehrsminister"). */
    public boolean isTitle(String lowerName) {
        return (flags(lowerName) & TITLE) != 0;
    }

    /** A geographic word that makes a span a place ("river", "pass", "côte", "san"). */
    public boolean isPlaceKeyword(String lowerName) {
        return (listed(lowerName) & PLACE_KEYWORD) != 0;
    }

    public boolean isOrgKeyword(String lowerName) {
        return (listed(lowerName) & ORG_KEYWORD) != 0;
    }

    /** Month, weekday or holiday name in a supported language. */
    public boolean isCalendarWord(String lowerName) {
        return (listed(lowerName) & CALENDAR) != 0;
    }
}
