package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nationality and regional adjectives and the place each names ({@code demonym-places.txt}:
 * "Dutch" the Netherlands, "Middle Eastern" the Middle East), read in place from an article's
 * tokens; after a direction, the part of the region ("South Asian": South Asia).
 */
final class PlaceAdjectives {

    /** A place an adjective names; the code is set for a country (named from the JDK's locale data). */
    record Place(String name, String countryCode) {
    }

    private static final Map<String, Place> BY_ADJECTIVE = read("demonym-places.txt");
    /** Words that make a regional adjective name a part of its region ("South Asian"). */
    static final WordSet DIRECTIONS = WordSet.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "latin");

    private PlaceAdjectives() {
    }

    /** Length in words of the capitalised place adjective at token i ("Dutch", "Middle Eastern"), or 0. */
    static int length(Tokens tokens, int i) {
        Word word = tokens.word(i).withoutPossessive(); // "the Spaniard's hopes"
        if (!word.capitalised() || !word.has(Gazetteer.DEMONYM | Gazetteer.DEMONYM_START)) {
            return 0;
        }
        if (i + 1 < tokens.size() && word.has(Gazetteer.DEMONYM_START)
                && BY_ADJECTIVE.containsKey(tokens.lowers(i, i + 2))) {
            return 2;
        }
        return BY_ADJECTIVE.containsKey(word.lower()) ? 1 : 0;
    }

    /**
     * The place of the adjective at token i; after a direction, the region ("South Asian" names
     * South Asia, "Latin American" Latin America), or null for a country ("Northern Irish" is not
     * Ireland).
     */
    static Place place(Tokens tokens, int i, int length) {
        Place place = BY_ADJECTIVE.get(length == 1 ? tokens.word(i).withoutPossessive().lower() : tokens.lowers(i, i + length));
        if (i == 0 || !tokens.word(i - 1).capitalised() || !DIRECTIONS.contains(tokens.word(i - 1).lower())) {
            return place;
        }
        String direction = tokens.word(i - 1).surface();
        if (tokens.word(i).lower().equals("american")) {
            return new Place(direction + " America", null);
        }
        return place.countryCode() == null ? new Place(direction + " " + place.name(), null) : null;
    }

    /**
     * The two places a hyphenated pair of capitalised adjectives names ("Italian-Australian": Italy,
     * Australia; "German-French"), or null when the word is none (one char scan for most words).
     */
    static Place[] pair(String surface) {
        int hyphen = surface.indexOf('-');
        if (hyphen < 3 || hyphen > surface.length() - 4 || !Character.isUpperCase(surface.charAt(0))
                || !Character.isUpperCase(surface.charAt(hyphen + 1)) || surface.indexOf('-', hyphen + 1) >= 0) {
            return null;
        }
        Place first = BY_ADJECTIVE.get(surface.substring(0, hyphen).toLowerCase(Locale.ROOT));
        Place second = first == null ? null : BY_ADJECTIVE.get(surface.substring(hyphen + 1).toLowerCase(Locale.ROOT));
        return second == null ? null : new Place[] {first, second};
    }

    /**
     * A German town's adjective or its people's noun, capitalised: "der Wiener Christkindlmarkt", "die Nürnberger
     * Altstadt", "Wienerinnen und Wiener" name Wien, Nürnberg; the town must be listed and its name four letters or more.
     */
    static Place germanTown(Word word, String language) {
        if (!"de".equals(language) || !word.capitalised() || word.length() < 6) {
            return null;
        }
        String s = word.surface();
        int cut = s.endsWith("erinnen") ? 7 : s.endsWith("erin") ? 4 : s.endsWith("er") ? 2 : 0;
        if (cut == 0 || s.length() - cut < 4) {
            return null;
        }
        Word town = Word.of(s.substring(0, s.length() - cut));
        return town.has(Gazetteer.PLACE | Gazetteer.TOWN) && !town.has(Gazetteer.GIVEN_NAME) ? new Place(town.surface(), null) : null;
    }

    /**
     * The word after token i is a body's noun, so the adjective is the body's name and names no place apart ("das
     * Luzerner Sinfonieorchester", "die Wiener Linien", "die Kieler Nachrichten"), as a place inside a body's name does not.
     */
    static boolean beforeBodysNoun(Tokens tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.word(i + 1).capitalised()) {
            return false;
        }
        Word next = tokens.word(i + 1);
        if (next.has(Gazetteer.ORG_KEYWORD)) {
            return true;
        }
        for (String head : BODY_NOUNS) {
            if (next.lower().endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** The endings of German bodies' nouns after a town's adjective: orchestras, papers, operators, utilities, clubs. */
    private static final String[] BODY_NOUNS = {"orchester", "philharmoniker", "symphoniker", "nachrichten", "zeitung",
        "linien", "werke", "betriebe", "bank", "versicherung", "verein", "verband", "polizei", "oper", "theater",
        "festspiele", "messe", "rundschau", "anzeiger", "kurier", "tagblatt"};

    /**
     * The country a lower-case nationality adjective at token i names in an article of {@code language}
     * ("le gouvernement français": France, "auf der italienischen Seite": Italien), named in that language,
     * or the region or city a regional adjective names ("el consejero catalán": Cataluña); null when the
     * word is none in that language. Words without the gazetteer's bit cost no lookup.
     */
    static Place lowerCase(Word word, String language) {
        if (word.capitalised() || !word.has(Gazetteer.LOWER_DEMONYM)) {
            return null;
        }
        String code = LowerCaseDemonyms.code(language, word.withoutElision().lower()); // "l'allemand" is "allemand"
        if (code == null || !LowerCaseDemonyms.isCountryCode(code)) {
            return code == null ? null : new Place(code, null); // a region's or a city's name: "catalán" names Cataluña
        }
        return new Place(CountryNames.displayName(code, new Locale(language)), code);
    }

    /**
     * The place a capitalised one-word candidate names as its people's noun in the article's language ("les
     * Bruxellois": Bruxelles), from the lower-case adjectives' list; null when the word is none. A country's noun
     * ("les Français") is the capitalised demonyms' (demonym-places.txt).
     */
    static Candidate peopleOfPlace(Candidate c, String language) {
        Word word = c.word(0);
        if (c.size() != 1 || c.initial() || !word.capitalised() || !word.has(Gazetteer.LOWER_DEMONYM)) {
            return null;
        }
        String code = LowerCaseDemonyms.code(language, word.lower());
        if (code == null || LowerCaseDemonyms.isCountryCode(code)) {
            return null;
        }
        return CandidateRebuilds.place(c, code);
    }

    private static Map<String, Place> read(String resource) {
        Map<String, Place> places = new HashMap<>();
        for (String line : DataFiles.lines(resource)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String place = line.substring(eq + 1).strip();
            boolean code = place.length() == 2 && place.equals(place.toUpperCase(Locale.ROOT));
            places.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), code
                    ? new Place(CountryNames.displayName(place, Locale.ENGLISH), place)
                    // a country named in its language keeps its code: "Nederlandse" names Nederland (NL)
                    : new Place(place, Gazetteer.get().countryCode(place.toLowerCase(Locale.ROOT))));
        }
        return Map.copyOf(places);
    }
}
