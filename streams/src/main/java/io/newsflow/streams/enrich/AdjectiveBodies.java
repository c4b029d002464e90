package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Map;

/**
 * German names many a body with an adjective in "-isch" or "deutsch" and a noun for the kind of
 * body: "Statistisches Bundesamt", "Deutscher Städtetag", "Bayerischer Rundfunk", "Europäische
 * Zentralbank". German writes adjectives in lower case unless they open a name, so a capitalised one
 * inside a sentence, right before such a noun, opens one. The adjective's ending follows the article
 * and the case ("des Statistischen Bundesamts", "der Deutsche Städtetag"); the name is given the way
 * the body writes it, in the strong nominative that the head noun's gender asks for. Squares, streets,
 * bridges and landscapes are named the same way ("am Pirnaischen Platz", "im Bayerischen Wald").
 */
final class AdjectiveBodies {

    /** A head noun's gender, as the strong nominative ending of the adjective before it. */
    private enum Gender {
        MASCULINE("er"), FEMININE("e"), NEUTER("es");

        private final String ending;

        Gender(String ending) {
            this.ending = ending;
        }
    }

    /** A list in a fixed order (a {@code Map.of}'s changes from one JVM to the next); no head ends another. */
    private static final List<Map.Entry<String, Gender>> HEADS = List.of(
            Map.entry("bundestag", Gender.MASCULINE), Map.entry("landtag", Gender.MASCULINE),
            Map.entry("städtetag", Gender.MASCULINE), Map.entry("landkreistag", Gender.MASCULINE),
            Map.entry("bund", Gender.MASCULINE), Map.entry("verband", Gender.MASCULINE),
            Map.entry("verein", Gender.MASCULINE), Map.entry("dienst", Gender.MASCULINE),
            Map.entry("rundfunk", Gender.MASCULINE), Map.entry("rat", Gender.MASCULINE),
            Map.entry("gerichtshof", Gender.MASCULINE), Map.entry("fonds", Gender.MASCULINE),
            Map.entry("bank", Gender.FEMININE), Map.entry("bahn", Gender.FEMININE),
            Map.entry("gesellschaft", Gender.FEMININE), Map.entry("agentur", Gender.FEMININE),
            Map.entry("anstalt", Gender.FEMININE), Map.entry("stiftung", Gender.FEMININE),
            Map.entry("gewerkschaft", Gender.FEMININE), Map.entry("regierung", Gender.FEMININE),
            Map.entry("polizei", Gender.FEMININE), Map.entry("behörde", Gender.FEMININE),
            Map.entry("kommission", Gender.FEMININE), Map.entry("kirche", Gender.FEMININE),
            Map.entry("akademie", Gender.FEMININE), Map.entry("partei", Gender.FEMININE),
            Map.entry("union", Gender.FEMININE), Map.entry("hochschule", Gender.FEMININE),
            Map.entry("universität", Gender.FEMININE), Map.entry("kammer", Gender.FEMININE),
            Map.entry("börse", Gender.FEMININE), Map.entry("liga", Gender.FEMININE), Map.entry("konferenz", Gender.FEMININE),
            // "die Deutsche Forschungsgemeinschaft", "die Bayerische Staatsbibliothek", "das Deutsche Literaturarchiv"
            Map.entry("gemeinschaft", Gender.FEMININE), Map.entry("bibliothek", Gender.FEMININE), Map.entry("archiv", Gender.NEUTER),
            Map.entry("post", Gender.FEMININE), // "der Deutschen Post", "der Schweizerischen Post"
            Map.entry("verwaltung", Gender.FEMININE), // "die Eidgenössische Steuerverwaltung"
            Map.entry("amt", Gender.NEUTER), Map.entry("institut", Gender.NEUTER),
            Map.entry("ministerium", Gender.NEUTER), Map.entry("gericht", Gender.NEUTER),
            Map.entry("zentrum", Gender.NEUTER), Map.entry("komitee", Gender.NEUTER),
            Map.entry("parlament", Gender.NEUTER), Map.entry("museum", Gender.NEUTER),
            // a plural, with the strong nominative "-e" ("der Schweizerischen Rheinhäfen": Schweizerische Rheinhäfen)
            Map.entry("häfen", Gender.FEMININE), Map.entry("wähler", Gender.FEMININE)); // "die Freien Wähler": Freie Wähler
    /** The same for places: squares, streets, bridges and landscapes ("am Pirnaischen Platz", "im Bayerischen Wald"). */
    private static final List<Map.Entry<String, Gender>> PLACE_HEADS = List.of(
            Map.entry("platz", Gender.MASCULINE), Map.entry("wald", Gender.MASCULINE),
            Map.entry("straße", Gender.FEMININE), Map.entry("strasse", Gender.FEMININE),
            Map.entry("allee", Gender.FEMININE), Map.entry("brücke", Gender.FEMININE),
            Map.entry("schweiz", Gender.FEMININE), Map.entry("seenplatte", Gender.FEMININE),
            Map.entry("haus", Gender.NEUTER), // "des Großen Festspielhauses", "das Alte Rathaus": a building
            Map.entry("hügel", Gender.MASCULINE)); // "auf dem Grünen Hügel"
    private static final String[] ADJECTIVE_ENDINGS = {"e", "en", "er", "es", "em"};
    /**
     * Plain adjectives that open names the same way: "der Große Rat", "das Neue Rathaus", "des Großen Festspielhauses",
     * "vom Staatlichen Bauamt Kempten".
     */
    private static final WordSet PLAIN_ADJECTIVES = WordSet.of("groß", "klein", "neu", "alt", "frei", "grün", "staatlich");
    /** A noun's genitive endings, indexed by their length: none, "-s", "-es". */
    private static final String[] GENITIVE_ENDINGS = {"", "s", "es"};

    private AdjectiveBodies() {
    }

    /**
     * A body's field after its noun, which no case changes: "der Deutschen Gesellschaft für Ernährung", "des
     * Bayerischen Landesamts für Umwelt" (read as two words, the field was left over: "Ernährung" a person).
     */
    private static final WordSet FIELD_OPENERS = WordSet.of("für", "zur", "zum");

    /** Words from..to-1 of the span are such a name, inside a sentence ("des Statistischen Bundesamts"). */
    static boolean named(Span span, int from, int to) {
        return (to - from == 2 || to - from == 3 && span.has(from + 2, Gazetteer.PLACE | Gazetteer.TOWN) // "Bauamt Kempten"
                    || to - from >= 4 && FIELD_OPENERS.contains(span.lower(from + 2)))
                && !span.tokens.initial(from) && adjectiveStem(span.memo(from)) != null && head(span.memo(from + 1)) != null;
    }

    /**
     * The candidate is such a name, inside a sentence, perhaps with its town or land after the noun
     * ("der Technischen Universität Dresden", "der Bayerischen Landesbank"): the place does not
     * change with the case.
     */
    static boolean is(Candidate c) {
        return (c.size() == 2 || c.size() == 3 && c.word(2).has(Gazetteer.PLACE | Gazetteer.TOWN)
                    || c.size() >= 4 && FIELD_OPENERS.contains(c.lower(2))) && !c.initial()
                && adjectiveStem(c.word(0)) != null && head(c.word(1)) != null;
    }

    /** The candidate ({@link #is}) named the way the body writes itself: "Statistisches Bundesamt". */
    static Candidate nominative(Candidate c) {
        Head head = head(c.word(1));
        String noun = c.word(1).surface();
        Word adjective = Word.of(adjectiveStem(c.word(0)) + head.gender.ending);
        Word body = Word.of(noun.substring(0, noun.length() - head.genitiveEnding));
        Word[] words = new Word[c.size()];
        words[0] = adjective;
        words[1] = body;
        for (int i = 2; i < words.length; i++) {
            words[i] = c.word(i); // its place or its field, as written
        }
        return CandidateRebuilds.withWords(c, words);
    }

    /** What the name names: a body or a place. */
    static EntityType type(Candidate c) {
        return head(c.word(1)).type;
    }

    /** A noun's head: its gender, the length of its genitive ending ("Bundesamts": 1), and what it names. */
    private record Head(Gender gender, int genitiveEnding, EntityType type) {
    }

    private static Head head(Word noun) {
        if (!noun.capitalised() || noun.hasClass(Word.ALL_CAPS)) {
            return null;
        }
        Head body = head(noun.lower(), HEADS, EntityType.ORGANIZATION);
        return body != null ? body : head(noun.lower(), PLACE_HEADS, EntityType.LOCATION);
    }

    private static Head head(String lower, List<Map.Entry<String, Gender>> heads, EntityType type) {
        for (Map.Entry<String, Gender> head : heads) {
            // masculine and neuter nouns take "-s" or "-es" in the genitive; feminine ones do not change
            int longestEnding = head.getValue() == Gender.FEMININE ? 0 : GENITIVE_ENDINGS.length - 1;
            for (int cut = 0; cut <= longestEnding; cut++) {
                if (lower.endsWith(GENITIVE_ENDINGS[cut])
                        && lower.startsWith(head.getKey(), lower.length() - head.getKey().length() - cut)) {
                    return new Head(head.getValue(), cut, type);
                }
            }
        }
        return null;
    }

    /** "Statistisch" of "Statistischen", "Deutsch" of "Deutscher"; null when the word is no such adjective. */
    static String adjectiveStem(Word word) {
        if (!word.capitalised() || word.hasClass(Word.ALL_CAPS)) {
            return null;
        }
        String lower = word.lower();
        for (String ending : ADJECTIVE_ENDINGS) {
            int stem = lower.length() - ending.length();
            if (lower.endsWith(ending) && (lower.startsWith("isch", stem - 4) || lower.startsWith("deutsch", stem - 7)
                    || PLAIN_ADJECTIVES.contains(lower.substring(0, stem)))) {
                return word.surface().substring(0, stem);
            }
        }
        return null;
    }
}
