package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Map;

/**
 * German names many a body with an adjective in "-isch" or "deutsch" and a noun for the kind of
 * body: "Statistisches Bundesamt", "Deutscher Städtetag", "Bayerischer Rundfunk", "Europäische
 * Zentralbank". German writes adjectives in lower case unless they open a name, so a capitalised one
 * inside a sentence, right before such a noun, opens one. The adjective's ending follows the article
 * and the case ("des Statistischen Bundesamts", "der Deutsche Städtetag"); the name is given the way
 * the body writes it, in the strong nominative that the head noun's gender asks for.
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
            Map.entry("börse", Gender.FEMININE), Map.entry("liga", Gender.FEMININE),
            Map.entry("amt", Gender.NEUTER), Map.entry("institut", Gender.NEUTER),
            Map.entry("ministerium", Gender.NEUTER), Map.entry("gericht", Gender.NEUTER),
            Map.entry("zentrum", Gender.NEUTER), Map.entry("komitee", Gender.NEUTER),
            Map.entry("parlament", Gender.NEUTER), Map.entry("museum", Gender.NEUTER));
    private static final String[] ADJECTIVE_ENDINGS = {"e", "en", "er", "es", "em"};
    /** A noun's genitive endings, indexed by their length: none, "-s", "-es". */
    private static final String[] GENITIVE_ENDINGS = {"", "s", "es"};

    private AdjectiveBodies() {
    }

    /** Words from..to-1 of the span are such a name, inside a sentence ("des Statistischen Bundesamts"). */
    static boolean named(Span span, int from, int to) {
        return to - from == 2 && !span.tokens.initial(from) && adjectiveStem(span.memo(from)) != null
                && head(span.memo(from + 1)) != null;
    }

    /** The candidate is such a name, inside a sentence. */
    static boolean is(Candidate c) {
        return c.size() == 2 && !c.initial() && adjectiveStem(c.word(0)) != null && head(c.word(1)) != null;
    }

    /** The candidate ({@link #is}) named the way the body writes itself: "Statistisches Bundesamt". */
    static Candidate nominative(Candidate c) {
        Head head = head(c.word(1));
        String noun = c.word(1).surface();
        Word adjective = Word.of(adjectiveStem(c.word(0)) + head.gender.ending);
        Word body = Word.of(noun.substring(0, noun.length() - head.genitiveEnding));
        return CandidateRebuilds.withWords(c, new Word[] {adjective, body});
    }

    /** A noun's head: its gender, and the length of its genitive ending ("Bundesamts": 1). */
    private record Head(Gender gender, int genitiveEnding) {
    }

    private static Head head(Word noun) {
        if (!noun.capitalised() || noun.hasClass(Word.ALL_CAPS)) {
            return null;
        }
        String lower = noun.lower();
        for (Map.Entry<String, Gender> head : HEADS) {
            // masculine and neuter nouns take "-s" or "-es" in the genitive; feminine ones do not change
            int longestEnding = head.getValue() == Gender.FEMININE ? 0 : GENITIVE_ENDINGS.length - 1;
            for (int cut = 0; cut <= longestEnding; cut++) {
                if (lower.endsWith(GENITIVE_ENDINGS[cut])
                        && lower.startsWith(head.getKey(), lower.length() - head.getKey().length() - cut)) {
                    return new Head(head.getValue(), cut);
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
            if (lower.endsWith(ending) && (lower.startsWith("isch", stem - 4) || lower.startsWith("deutsch", stem - 7))) {
                return word.surface().substring(0, stem);
            }
        }
        return null;
    }
}
