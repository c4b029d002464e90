package io.newsflow.streams.enrich;

import java.util.Set;

/**
 * A ministry written in lower case before its capitalised portfolio, as Dutch, Portuguese, Spanish,
 * French and Italian write it: "het ministerie van Infrastructuur en Waterstaat", "le ministère de
 * l'Intérieur". The lower-case words open the name ({@link CandidateFinder} starts the span at
 * them), so the body is named whole rather than its portfolio being read as a place or a person.
 */
final class Ministries {

    private static final Set<String> WORDS = Set.of("ministerie", "ministério", "ministerio", "ministère", "ministero");

    private Ministries() {
    }

    /** Where the name starts when a lower-case ministry and "of" stand right before token i, else i. */
    static int start(String text, Tokens tokens, int i) {
        if (i >= 2 && tokens.word(i - 1).hasClass(Word.OF_OR_FOR) && !tokens.word(i - 2).capitalised()
                && WORDS.contains(tokens.word(i - 2).lower())
                && CandidateFinder.adjacent(text, tokens, i - 2, i - 1) && CandidateFinder.adjacent(text, tokens, i - 1, i)) {
            return i - 2;
        }
        return i;
    }

    /**
     * Whether the ministry's name goes on at token j with Dutch "en" and a capitalised word
     * ("... van Infrastructuur *en Waterstaat*"): "en" joins nothing else, since it is "in" in
     * French and Spanish.
     */
    static boolean goesOn(String text, Tokens tokens, int j) {
        return j + 1 < tokens.size() && tokens.word(j).lower().equals("en") && tokens.word(j + 1).capitalised()
                && CandidateFinder.adjacent(text, tokens, j - 1, j) && CandidateFinder.adjacent(text, tokens, j, j + 1);
    }
}
