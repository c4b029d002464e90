package io.newsflow.streams.enrich;

import java.util.List;

/**
 * Mentions that capitalised spans do not give, counted the way news labelling counts them
 * (GDELT's adjectival place forms; the shared samples' labels):
 * <ul>
 *   <li>a nationality or regional adjective names its country or region: "the Dutch economy" is
 *       a mention of the Netherlands, "Middle Eastern hubs" of the Middle East
 *       ({@link PlaceAdjectives}), unless it is part of a name ("German Marshall Fund");</li>
 *   <li>the title and section headings name listed places and organisations ("Ripple effects
 *       across the North Sea"): headline case keeps them away from the candidate finder, so only
 *       gazetteer names are read there (no stop word: "What It Means for Us" names no country).</li>
 * </ul>
 * Each adds a mention to the entity it names (same name, or same country code) or a new entity.
 */
final class ImpliedMentions {

    private static final int LONGEST_NAME = 3;
    /**
     * Curated places that are also English words, which headline case capitalises ("The Main
     * Event", "A Nice Surprise"): in a title or heading only when the text names them too.
     */
    private static final WordSet COMMON_WORD_PLACES = WordSet.of("arctic", "antarctic", "gulf", "pacific",
            "highlands", "outback", "main", "don", "nil", "nice", "cork", "phoenix", "anchorage", "wellington",
            "mecca", "reading", "bath", "split");
    private final Gazetteer gazetteer = Gazetteer.get();
    private final List<Entity> entities;
    private final TextNames textNames;

    private ImpliedMentions(List<Entity> entities) {
        this.entities = entities;
        this.textNames = new TextNames(entities);
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
            implied.adjectives(running.get(p), p, mentions, language);
        }
        if (!text.titleDerived()) {
            implied.headline(text.title(), language);
        }
        for (Paragraph heading : text.headings()) {
            implied.headline(heading, language);
        }
    }

    private void adjectives(Paragraph paragraph, int p, List<Mention> mentions, String language) {
        Tokens tokens = paragraph.tokens();
        if (!"de".equals(language)
                && !tokens.anyHas(Gazetteer.DEMONYM | Gazetteer.DEMONYM_START | Gazetteer.LOWER_DEMONYM | Gazetteer.DEMONYM_PAIR)) {
            return; // most paragraphs: no word to look at
        }
        for (int i = 0; i < tokens.size(); i++) {
            PlaceAdjectives.Place town = PlaceAdjectives.germanTown(tokens.word(i), language); // "der Wiener Christkindlmarkt"
            if (town != null && !Mention.anyCovers(mentions, p, tokens.start(i)) && !PlaceAdjectives.beforeBodysNoun(tokens, i)) {
                mention(town);
                continue;
            }
            if (tokens.word(i).has(Gazetteer.DEMONYM_PAIR)) { // "the Italian-Australian joint venture"
                for (PlaceAdjectives.Place place : PlaceAdjectives.pair(tokens.word(i).surface())) {
                    mention(place);
                }
                continue;
            }
            // "le gouvernement français", "auf der italienischen Seite": lower case in most languages but English
            PlaceAdjectives.Place lower = PlaceAdjectives.lowerCase(tokens.word(i), language);
            if (lower != null && !Mention.anyCovers(mentions, p, tokens.start(i))) {
                mention(lower);
                continue;
            }
            int length = PlaceAdjectives.length(tokens, i);
            if (length > 0 && !Mention.anyCovers(mentions, p, tokens.start(i))) {
                mention(PlaceAdjectives.place(tokens, i, length));
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
            // "Rotterdam opens Europe's largest ...", "... avec l'Union européenne": the name without its "'s" or "l'";
            // in Polish its nominative ("Nowy szpital w Lublinie": Lublin)
            Word word = PolishForms.listedNominative(tokens.word(i).withoutPossessive().withoutElision(), language);
            PlaceAdjectives.Place lower = PlaceAdjectives.lowerCase(word, language); // "la grève des cheminots belges"
            if (lower != null) {
                mention(lower);
                continue;
            }
            if (!word.capitalised() || tokens.currencyPrefix(headline.text(), i)) {
                continue;
            }
            int known = textNames.lengthAt(tokens, i);
            if (known > 0) { // "Kenya Airways returns to profit": the company the text names, not Kenya
                i += known - 1;
                continue;
            }
            // ("Roubaix réduit ...", the text naming "la Ville de Roubaix": the town a body is seated in)
            if (TownShapes.afterLocative(tokens, i, word, language) || textNames.seatOfBody(word)) {
                mention(new Entity(word.surface(), EntityType.LOCATION, 1, null)); // "Mercatini di Natale, a Trento treni speciali"
                continue;
            }
            boolean phrase = i + 1 < tokens.size() && word.has(Gazetteer.PHRASE_START)
                    && tokens.word(i + 1).has(Gazetteer.PHRASE_SECOND);
            int length = PlaceAdjectives.length(tokens, i);
            // "Irish Sea sailings": a listed name that starts with an adjective is the name, not Ireland
            if (length > 0 && !(phrase && gazetteer.listed(tokens.lowers(i, i + 2)) != 0)) {
                mention(PlaceAdjectives.place(tokens, i, length));
                i += length - 1;
                continue;
            }
            for (int n = phrase ? Math.min(LONGEST_NAME, tokens.size() - i) : 1; n >= 1; n--) {
                if (n > 1 && !gazetteer.mayListPhrase(PhraseHashes.run(tokens, i, word.lower(), n))) {
                    continue; // no listed name of these words: no key to build
                }
                String key = n == 1 ? word.lower() : word.lower() + " " + tokens.lowers(i + 1, i + n);
                // (one word: its memoised flags, which hold its lower-case form's PLACE and ORGANIZATION bits)
                int listed = (n == 1 ? word.gazetteer() : gazetteer.listed(key)) & (Gazetteer.PLACE | Gazetteer.ORGANIZATION);
                // not "Porto di Bari"
                boolean port = n == 1 && i + 1 < tokens.size() && NonEntityNames.portOf(language, key, tokens.word(i + 1).lower());
                if (listed != 0 && !port && (n > 1 || singleWordName(word, key, language) || ShortNames.titleAcronym(tokens, i, listed, entities))) {
                    EntityType type = (listed & Gazetteer.PLACE) != 0 ? EntityType.LOCATION : EntityType.ORGANIZATION;
                    String name = n == 1 ? word.surface() : word.surface() + " " + tokens.surfaces(i + 1, i + n);
                    if (type == EntityType.LOCATION && MentionGroup.isCapitalsOnly(name)) {
                        name = MentionGroup.titleCaseShouting(name); // a title in capitals: "NORTH SEA"
                    }
                    mention(new Entity(name, type, 1, gazetteer.countryCode(key)));
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
        return word.has(Gazetteer.PLACE) && !COMMON_WORD_PLACES.contains(key)
                && !GermanCommonNouns.townNoun(key, language); // "Briefe werden teurer: Porto steigt auf 95 Cent"
    }

    private void mention(PlaceAdjectives.Place place) {
        if (place == null) {
            return;
        }
        mention(new Entity(place.name(), EntityType.LOCATION, 1, place.countryCode()));
    }

    private void mention(Entity found) {
        int at = indexOf(found.name(), found.countryCode());
        if (at < 0 && found.type() == EntityType.ORGANIZATION) {
            at = NameAliases.withLegalForm(entities, found.name()); // "Ryanair" in the title, "Ryanair DAC" in the text
        }
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
}
