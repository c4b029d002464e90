package io.newsflow.streams.enrich;


/**
 * A ministry written in lower case before its capitalised portfolio, as Dutch, Portuguese, Spanish,
 * French and Italian write it: "het ministerie van Infrastructuur en Waterstaat", "le ministère de
 * l'Intérieur". The lower-case words open the name ({@link CandidateFinder} starts the span at
 * them), so the body is named whole rather than its portfolio being read as a place or a person.
 */
final class Ministries {

    /** The ministry's word; Polish's ("ministerstw-") is capitalised and joins portfolios with "i". */
    static final WordSet WORDS = WordSet.of("ministerie", "ministério", "ministerio", "ministère", "ministero",
            "ministerstwo", "ministerstwa", "ministerstwu", "ministerstwem", "ministerstwie");

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
        if (opensWithMinistry(tokens, i, j)) {
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

    /** The name from token i to j opens with a ministry's word, or with an article and that word ("El Ministerio de ..."). */
    private static boolean opensWithMinistry(Tokens tokens, int i, int j) {
        return WORDS.contains(tokens.word(i).lower())
                || i + 1 < j && tokens.word(i).hasClass(Word.ARTICLE) && WORDS.contains(tokens.word(i + 1).lower());
    }

    /** The lower-case "of" and article forms that may stand between "and" and a second portfolio. */
    private static final WordSet BEFORE_PORTFOLIO = WordSet.of("del", "dei", "della", "delle", "degli", "des", "de", "du",
            "da", "do", "das", "dos", "la", "las", "los");

    /**
     * Where the ministry's name from token {@code start} goes on after token j with "and", an "of" or
     * article or none, and a capitalised word: Dutch "en" ("... van Infrastructuur *en Waterstaat*"),
     * Italian, Portuguese, French and Spanish "e", "et", "y" ("Ministero delle Infrastrutture *e dei
     * Trasporti*"), Polish "i" after a Polish ministry; or with a comma and a capitalised portfolio when a
     * later "and" closes the list ("ministerie van Landbouw*, Visserij*, Voedselzekerheid en Natuur"); the
     * capitalised word's index, or -1. Dutch "en" joins nothing else, since it is "in" in French and Spanish.
     */
    static int goesOn(String text, Tokens tokens, int start, int j) {
        if (j + 1 >= tokens.size()) {
            return -1;
        }
        if (!CandidateFinder.adjacent(text, tokens, j - 1, j)) {
            return listGoesOn(text, tokens, start, j) ? j : -1;
        }
        if (!CandidateFinder.adjacent(text, tokens, j, j + 1)) {
            return -1;
        }
        String and = tokens.word(j).lower();
        if (!isAnd(and, tokens, start)) {
            return -1;
        }
        int k = j + 1;
        if (!and.equals("en") && BEFORE_PORTFOLIO.contains(tokens.word(k).lower()) && k + 1 < tokens.size()
                && CandidateFinder.adjacent(text, tokens, k, k + 1)) {
            k++;
        }
        return tokens.word(k).capitalised() ? k : -1;
    }

    /**
     * After a lower-case ministry's portfolio ending at token j, a lower-case adjective of the portfolio ("le ministère de
     * l'Éducation *nationale*", "de la Transition *écologique*") is the name's too: the end past it, else j.
     */
    static int adjectiveEnd(String text, Tokens tokens, int j) {
        return j < tokens.size() && !tokens.word(j).capitalised() && CandidateFinder.adjacent(text, tokens, j - 1, j)
                && RomanceBodies.adjective(tokens.word(j)) ? j + 1 : j;
    }

    private static boolean isAnd(String word, Tokens tokens, int start) {
        return word.equals("en") || word.equals("e") || word.equals("et") || word.equals("y")
                || word.equals("i") && tokens.word(start).lower().startsWith("ministerstw"); // "Ministerstwo Rolnictwa i Rozwoju Wsi"
    }

    /**
     * A comma alone before token j, a capitalised portfolio there, and the list going on by commas and
     * capitalised words to an "and" and a last capitalised word, all within a few words.
     */
    private static boolean listGoesOn(String text, Tokens tokens, int start, int j) {
        if (!opensWithMinistry(tokens, start, j) || !commaOnly(text, tokens, j - 1, j) || !tokens.word(j).capitalised()) {
            return false; // a minister's portfolios are no list: "Ministros de España, Francia y Portugal"
        }
        for (int k = j + 1; k + 1 < tokens.size() && k <= j + 8; k++) {
            if (!CandidateFinder.adjacent(text, tokens, k - 1, k)) {
                if (!commaOnly(text, tokens, k - 1, k) || !tokens.word(k).capitalised()) {
                    return false;
                }
            } else if (isAnd(tokens.word(k).lower(), tokens, start)) {
                return tokens.word(k + 1).capitalised() && CandidateFinder.adjacent(text, tokens, k, k + 1);
            } else if (!tokens.word(k).capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** Only a comma and white space between tokens a and b. */
    private static boolean commaOnly(String text, Tokens tokens, int a, int b) {
        int commas = 0;
        for (int k = tokens.end(a); k < tokens.start(b); k++) {
            char ch = text.charAt(k);
            if (ch == ',') {
                commas++;
            } else if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return commas == 1;
    }
}
