package io.newsflow.streams.enrich;

import java.util.HashSet;
import java.util.Set;

/**
 * The spans {@link CandidateFinder} reads whole before capitalisation is asked: a listed or the article's own name of
 * several words, whatever its case ("Union européenne", an author's name), and a body named after a listed place
 * ("New York Stock Exchange", "Los Angeles County Fire Department").
 */
final class PhraseSpans {

    private PhraseSpans() {
    }

    /** Length of a known multi-word name starting at i regardless of case ("Union européenne"), or 0. */
    static int knownPhrase(Tokens tokens, int i, KnownNames known, KnownNames knownStarts) {
        Word word = tokens.word(i);
        String first = word.lower();
        String start = word.lowerWithoutElision();
        // identity: stripElision returns the word itself when there is no elision to strip
        boolean startsPhrase = start == first ? word.has(Gazetteer.PHRASE_START) : Gazetteer.get().startsPhrase(start);
        boolean articleStart = start == first ? knownStarts.contains(word) : knownStarts.contains(start);
        if (!startsPhrase && !articleStart) {
            return 0;
        }
        if (!articleStart && (i + 1 >= tokens.size() || !tokens.word(i + 1).has(Gazetteer.PHRASE_SECOND))) {
            return 0; // no listed name goes on with the next word: no key to build and look up
        }
        // four words only with a connector third: "Rio Grande do Sul", "Mato Grosso do Sul", listed as towns
        int longest = i + 3 < tokens.size() && tokens.word(i + 2).hasClass(Word.CONNECTOR) ? 4 : 3;
        for (int len = longest; len >= 2; len--) {
            // the run's hash from its words' hashes: most runs name nothing, and are ruled out without building a string
            if (i + len > tokens.size() || !known.mayBeKnownName(PhraseHashes.run(tokens, i, start, len))) {
                continue;
            }
            StringBuilder sb = new StringBuilder(start);
            for (int k = i + 1; k < i + len; k++) {
                sb.append(' ').append(tokens.word(k).lower());
            }
            String key = sb.toString();
            // a four-word town goes on from a listed place ("Rio Grande" in "Rio Grande do Sul")
            if (known.isKnownName(key) || len == 4 && (Gazetteer.get().listed(key) & Gazetteer.TOWN) != 0) {
                return len;
            }
        }
        return 0;
    }

    /**
     * Where a body named after the listed name ending at j ends: one or two capitalised words, then an organisation word
     * ("New York Stock Exchange", "Los Angeles County Fire Department"); else j.
     */
    static int bodyAfterPhrase(String text, Tokens tokens, int j) {
        for (int k = j + 1; k < tokens.size() && k <= j + 2; k++) {
            Word w = tokens.word(k - 1);
            if (!w.capitalised() || w.has(Gazetteer.CALENDAR) || w.hasClass(Word.CORE_TITLE) || !CandidateFinder.adjacent(text, tokens, k - 2, k - 1)
                    || !tokens.word(k).capitalised() || !CandidateFinder.adjacent(text, tokens, k - 1, k)) {
                return j;
            }
            if (tokens.word(k).has(Gazetteer.ORG_KEYWORD)) {
                return k + 1;
            }
        }
        return j;
    }

    /** First words of the article's own multi-word names (authors, source). */
    static Set<String> knownStarts(Set<String> known) {
        if (known.isEmpty()) {
            return known;
        }
        Set<String> starts = new HashSet<>();
        for (String name : known) {
            int space = name.indexOf(' ');
            if (space > 0) {
                starts.add(name.substring(0, space));
            }
        }
        return starts;
    }
}
