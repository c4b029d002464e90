package io.newsflow.streams.enrich;


/**
 * A ministry written in lower case before its capitalised portfolio, as Dutch, Portuguese, Spanish,
 * French and Italian write it: "het ministerie van Infrastructuur en Waterstaat", "le ministère de
 * l'Intérieur". The lower-case words open the name ({@link CandidateFinder} starts the span at
 * them), so the body is named whole rather than its portfolio being read as a place or a person.
 */
final class Ministries {

    private static final WordSet WORDS = WordSet.of("ministerie", "ministério", "ministerio", "ministère", "ministero");

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
     * Whether a name from token i to j may go on with "and" and another portfolio: a ministry's name
     * opening with its capitalised word ("Ministero delle Infrastrutture"), or a minister's name and
     * portfolio ("Minister Barry Madlener van Infrastructuur"), whose second portfolio
     * {@link SpanSplits} then leaves out with the first.
     */
    static boolean mayGoOn(Tokens tokens, int i, int j) {
        if (WORDS.contains(tokens.word(i).lower())
                || i + 1 < j && tokens.word(i).hasClass(Word.ARTICLE) && WORDS.contains(tokens.word(i + 1).lower())) {
            return true;
        }
        if (!tokens.word(i).hasClass(Word.MINISTER) && (i == 0 || !tokens.word(i - 1).hasClass(Word.MINISTER))) {
            return false;
        }
        for (int k = i + 1; k < j; k++) {
            if (tokens.word(k).hasClass(Word.OF_OR_FOR)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case "of" and article forms that may stand between "and" and a second portfolio. */
    private static final WordSet BEFORE_PORTFOLIO = WordSet.of("del", "dei", "della", "delle", "degli", "des", "de", "du",
            "da", "do", "das", "dos", "la", "las", "los");

    /**
     * Where the ministry's name goes on after token j with "and", an "of" or article or none, and a
     * capitalised word: Dutch "en" ("... van Infrastructuur *en Waterstaat*"), Italian, Portuguese, French
     * and Spanish "e", "et", "y" ("Ministero delle Infrastrutture *e dei Trasporti*"); the capitalised
     * word's index, or -1. Dutch "en" joins nothing else, since it is "in" in French and Spanish.
     */
    static int goesOn(String text, Tokens tokens, int j) {
        if (j + 1 >= tokens.size() || !CandidateFinder.adjacent(text, tokens, j - 1, j)
                || !CandidateFinder.adjacent(text, tokens, j, j + 1)) {
            return -1;
        }
        String and = tokens.word(j).lower();
        if (!and.equals("en") && !and.equals("e") && !and.equals("et") && !and.equals("y")) {
            return -1;
        }
        int k = j + 1;
        if (!and.equals("en") && BEFORE_PORTFOLIO.contains(tokens.word(k).lower()) && k + 1 < tokens.size()
                && CandidateFinder.adjacent(text, tokens, k, k + 1)) {
            k++;
        }
        return tokens.word(k).capitalised() ? k : -1;
    }
}
