package io.newsflow.streams.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mentions that capitalised spans do not give, counted the way news labelling counts them
 * (GDELT's adjectival place forms; the shared samples' labels):
 * <ul>
 *   <li>a nationality or regional adjective names its country or region: "the Dutch economy" is
 *       a mention of the Netherlands, "Middle Eastern hubs" of the Middle East
 *       ({@code demonym-places.txt}), unless it is part of a name ("German Marshall Fund");</li>
 *   <li>the title and section headings name listed places and organisations ("Ripple effects
 *       across the North Sea"): headline case keeps them away from the candidate finder, so only
 *       gazetteer names are read there (no stop word: "What It Means for Us" names no country).</li>
 * </ul>
 * Each adds a mention to the entity it names (same name, or same country code) or a new entity.
 */
final class ImpliedMentions {

    /** A place an adjective names; the code is set for a country (named from the JDK's locale data). */
    private record Place(String name, String countryCode) {
    }

    private static final Map<String, Place> BY_ADJECTIVE = read("demonym-places.txt");
    private static final int LONGEST_NAME = 3;
    /**
     * Curated places that are also English words, which headline case capitalises ("The Main
     * Event", "A Nice Surprise"): in a title or heading only when the text names them too.
     */
    private static final Set<String> COMMON_WORD_PLACES = Set.of("arctic", "antarctic", "gulf", "pacific",
            "highlands", "outback", "main", "don", "nil", "nice", "cork", "phoenix", "anchorage", "wellington",
            "mecca", "reading", "bath", "split");
    /** Words that make a regional adjective name a part of its region ("South Asian"). */
    static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "latin");

    private final Gazetteer gazetteer = Gazetteer.get();
    private final List<Entity> entities;

    private ImpliedMentions(List<Entity> entities) {
        this.entities = entities;
    }

    /**
     * Adds to {@code entities} (a mutable list, changed in place) the implied mentions of
     * {@code running} (the paragraphs entities were found in, whose {@code mentions} are already
     * counted) and of the title and headings.
     */
    static void add(List<Entity> entities, ArticleText text, List<Paragraph> running, List<Mention> mentions,
                    String language) {
        ImpliedMentions implied = new ImpliedMentions(entities);
        for (int p = 0; p < running.size(); p++) {
            implied.adjectives(running.get(p), p, mentions);
        }
        if (!text.titleDerived()) {
            implied.headline(text.title(), language);
        }
        for (Paragraph heading : text.headings()) {
            implied.headline(heading, language);
        }
    }

    private void adjectives(Paragraph paragraph, int p, List<Mention> mentions) {
        Tokens tokens = paragraph.tokens();
        if (!tokens.anyHas(Gazetteer.DEMONYM | Gazetteer.DEMONYM_START)) {
            return; // most paragraphs: no word to look at
        }
        for (int i = 0; i < tokens.size(); i++) {
            int length = adjective(tokens, i);
            if (length > 0 && !insideMention(mentions, p, tokens.start(i))) {
                mention(adjectivePlace(tokens, i, length));
            }
            i += Math.max(0, length - 1);
        }
    }

    /**
     * The listed places and organisations and the place adjectives of a title or heading, one
     * mention each. Headline case capitalises common words, so a single word counts only when
     * it names an entity the text already has, a country by its name in English or in the
     * article's language ("Island" is Iceland only in German), or a curated place that is no
     * English word ("Brussels", not "Main"); a stop word never does ("Us").
     */
    private void headline(Paragraph headline, String language) {
        Tokens tokens = headline.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Word word = tokens.word(i);
            if (!word.capitalised()) {
                continue;
            }
            int length = adjective(tokens, i);
            if (length > 0) {
                mention(adjectivePlace(tokens, i, length));
                i += length - 1;
                continue;
            }
            boolean phrase = i + 1 < tokens.size() && word.has(Gazetteer.PHRASE_START)
                    && tokens.word(i + 1).has(Gazetteer.PHRASE_SECOND);
            for (int n = phrase ? Math.min(LONGEST_NAME, tokens.size() - i) : 1; n >= 1; n--) {
                String key = n == 1 ? word.lower() : lowers(tokens, i, n);
                int listed = gazetteer.listed(key) & (Gazetteer.PLACE | Gazetteer.ORGANIZATION);
                if (listed != 0 && (n > 1 || singleWordName(word, key, language))) {
                    EntityType type = (listed & Gazetteer.PLACE) != 0 ? EntityType.LOCATION : EntityType.ORGANIZATION;
                    mention(new Entity(surfaces(tokens, i, n), type, 1, gazetteer.countryCode(key)));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private boolean singleWordName(Word word, String key, String language) {
        if (word.stopIn(EntityExtractor.stopLanguages(language)) || word.has(Gazetteer.DEMONYM)
                || key.length() <= 3 && !word.hasClass(Word.ALL_CAPS)) {
            return false; // "What It Means for Us" (but "US"), "Baltic Ports Race ..."
        }
        if (indexOf(word.surface(), null) >= 0) {
            return true;
        }
        if (gazetteer.countryCode(key) != null) {
            return gazetteer.isCountryNameIn(key, language);
        }
        return word.has(Gazetteer.PLACE) && !COMMON_WORD_PLACES.contains(key);
    }

    /** Length in words of the capitalised place adjective at token i ("Dutch", "Middle Eastern"), or 0. */
    private static int adjective(Tokens tokens, int i) {
        Word word = tokens.word(i);
        if (!word.capitalised() || !word.has(Gazetteer.DEMONYM | Gazetteer.DEMONYM_START)) {
            return 0;
        }
        if (i + 1 < tokens.size() && word.has(Gazetteer.DEMONYM_START)
                && BY_ADJECTIVE.containsKey(lowers(tokens, i, 2))) {
            return 2;
        }
        return BY_ADJECTIVE.containsKey(word.lower()) ? 1 : 0;
    }

    /**
     * The place of the adjective at token i; after a direction, the region ("South Asian" names
     * South Asia, "Latin American" Latin America), or null for a country ("Northern Irish" is not
     * Ireland).
     */
    private static Place adjectivePlace(Tokens tokens, int i, int length) {
        Place place = BY_ADJECTIVE.get(lowers(tokens, i, length));
        if (i == 0 || !tokens.word(i - 1).capitalised() || !DIRECTIONS.contains(tokens.word(i - 1).lower())) {
            return place;
        }
        String direction = tokens.word(i - 1).surface();
        if (tokens.word(i).lower().equals("american")) {
            return new Place(direction + " America", null);
        }
        return place.countryCode() == null ? new Place(direction + " " + place.name(), null) : null;
    }

    private static boolean insideMention(List<Mention> mentions, int paragraph, int offset) {
        for (Mention m : mentions) {
            if (m.paragraph() == paragraph && m.start() <= offset && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    private void mention(Place place) {
        if (place == null) {
            return;
        }
        mention(new Entity(place.name(), EntityType.LOCATION, 1, place.countryCode()));
    }

    private void mention(Entity found) {
        int at = indexOf(found.name(), found.countryCode());
        if (at < 0) {
            entities.add(found);
        } else {
            Entity e = entities.get(at);
            entities.set(at, new Entity(e.name(), e.type(), e.mentions() + 1, e.countryCode()));
        }
    }

    /**
     * The entity with this name (any case) or country code, or -1: a scan, since an article has
     * a hundred entities at most and a few implied mentions (an index cost more than the scans).
     */
    private int indexOf(String name, String countryCode) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (countryCode != null && countryCode.equals(e.countryCode())
                    || e.name().length() == name.length() && e.name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String lowers(Tokens tokens, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            sb.append(k > from ? " " : "").append(tokens.word(k).lower());
        }
        return sb.toString();
    }

    private static String surfaces(Tokens tokens, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            sb.append(k > from ? " " : "").append(tokens.word(k).surface());
        }
        return sb.toString();
    }

    private static Map<String, Place> read(String resource) {
        Map<String, Place> places = new HashMap<>();
        try (InputStream in = ImpliedMentions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("enrichment resource missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                String place = line.substring(eq + 1).strip();
                boolean code = place.length() == 2 && place.equals(place.toUpperCase(Locale.ROOT));
                places.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), code
                        ? new Place(new Locale("", place).getDisplayCountry(Locale.ENGLISH), place)
                        : new Place(place, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read enrichment resource " + resource, e);
        }
        return Map.copyOf(places);
    }
}
