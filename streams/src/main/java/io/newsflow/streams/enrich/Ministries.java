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
        // "le ministère de la Culture", "el ministerio de las Culturas": "of" and an article before the portfolio
        int of = i >= 3 && tokens.word(i - 1).hasClass(Word.ARTICLE) && !tokens.word(i - 1).capitalised()
                && tokens.word(i - 2).hasClass(Word.OF_OR_FOR) ? i - 2 : i - 1;
        if (of >= 1 && tokens.word(of).hasClass(Word.OF_OR_FOR) && !tokens.word(of - 1).capitalised()
                && WORDS.contains(tokens.word(of - 1).lower())
                && CandidateFinder.adjacent(text, tokens, of - 1, of) && CandidateFinder.adjacent(text, tokens, of, i - 1)
                && CandidateFinder.adjacent(text, tokens, i - 1, i)) {
            return of - 1;
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

    /**
     * The name from token i to j opens with a ministry's word, or with an article ("El Ministerio de ...") or a sentence's
     * first word and a lower-case word ("Volgens de Inspectie Justitie en Veiligheid") before it.
     */
    private static boolean opensWithMinistry(Tokens tokens, int i, int j) {
        for (int k = i; k < j && k <= i + 2; k++) {
            if (ministryWord(tokens, k)) {
                return true;
            }
            if (!tokens.word(k).hasClass(Word.ARTICLE) && !(k == i && tokens.sentenceStart(k)) && tokens.word(k).capitalised()) {
                return false;
            }
        }
        return false;
    }

    private static boolean ministryWord(Tokens tokens, int i) {
        String lower = tokens.word(i).lower();
        return WORDS.contains(lower) || DUTCH_AGENCIES.contains(lower) || englishMinistry(tokens, i);
    }

    /** An English ministry, capitalised, whose portfolios a list joins: "Department for Culture, Media and Sport". */
    private static boolean englishMinistry(Tokens tokens, int i) {
        return tokens.word(i).capitalised() && ENGLISH_WORDS.contains(tokens.word(i).lower());
    }

    private static final WordSet ENGLISH_WORDS = WordSet.of("department", "ministry");
    /** Dutch agencies named for portfolios as ministries are: "Inspectie Justitie en Veiligheid", "Autoriteit Consument en Markt". */
    private static final WordSet DUTCH_AGENCIES = WordSet.of("inspectie", "autoriteit");

    /**
     * A span from {@code from} that opens with an English ministry and "of" or "for", and lists portfolios with a comma
     * before its "and" ("Department for Environment, Food and Rural Affairs"): one body, not two names.
     */
    static boolean englishList(Span c, int from, int and) {
        if (and - from < 4 || !englishMinistry(c.tokens, from) || !c.is(from + 1, Word.OF_OR_FOR)) {
            return false;
        }
        for (int k = from + 2; k + 1 < and; k++) {
            if (CandidateFinder.commaBetween(c.text, c.tokens, k, k + 1)) {
                return true;
            }
        }
        return false;
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
            if (tokens.word(k - 1).hasClass(Word.OF_OR_FOR) && tokens.word(k).hasClass(Word.ARTICLE)
                    && !tokens.word(k).capitalised() && k + 1 < tokens.size() && CandidateFinder.adjacent(text, tokens, k, k + 1)) {
                k++; // "et de la Cohésion des territoires": "of" and an article
            }
        }
        // "el Ministerio de Cultura y la Fundación Mapfre": an article and a body's word open a second name
        boolean secondBody = k > j + 1 && tokens.word(k - 1).hasClass(Word.ARTICLE) && tokens.word(k).has(Gazetteer.ORG_KEYWORD);
        return tokens.word(k).capitalised() && !secondBody ? k : -1;
    }

    /**
     * After a lower-case ministry's portfolio ending at token j, a lower-case adjective of the portfolio ("le ministère de
     * l'Éducation *nationale*", "de la Transition *écologique*") is the name's too: the end past it, else j.
     */
    static int adjectiveEnd(String text, Tokens tokens, int j) {
        return j < tokens.size() && !tokens.word(j).capitalised() && CandidateFinder.adjacent(text, tokens, j - 1, j)
                && RomanceAdjectives.is(tokens.word(j)) ? j + 1 : j;
    }

    private static boolean isAnd(String word, Tokens tokens, int start) {
        return word.equals("en") || word.equals("e") || word.equals("et") || word.equals("y")
                || word.equals("i") && tokens.word(start).lower().startsWith("ministerstw") // "Ministerstwo Rolnictwa i Rozwoju Wsi"
                || word.equals("and") && (englishMinistry(tokens, start) // "The Department for ...", opening a sentence
                    || tokens.word(start).hasClass(Word.ARTICLE) && englishMinistry(tokens, start + 1));
    }

    /**
     * A comma alone before token j, a capitalised portfolio there, and the list going on by commas and
     * capitalised words to an "and" and a last capitalised word, all within a few words.
     */
    private static boolean listGoesOn(String text, Tokens tokens, int start, int j) {
        // a minister's name and portfolios listed ("Minister Eppo Bruins van Onderwijs, Cultuur en Wetenschap"), not
        // places ("Ministros de España, Francia y Portugal")
        boolean minister = !opensWithMinistry(tokens, start, j);
        if (minister && !mayGoOn(tokens, start, j)
                || !commaOnly(text, tokens, j - 1, j) || !tokens.word(j).capitalised()) {
            return false;
        }
        for (int k = j + 1; k + 1 < tokens.size() && k <= j + 8; k++) {
            if (minister && tokens.word(k - 1).has(Gazetteer.PLACE | Gazetteer.TOWN)) {
                return false;
            }
            if (!CandidateFinder.adjacent(text, tokens, k - 1, k)) {
                if (!commaOnly(text, tokens, k - 1, k) || !tokens.word(k).capitalised()) {
                    return false;
                }
            } else if (isAnd(tokens.word(k).lower(), tokens, start)) {
                return tokens.word(k + 1).capitalised() && CandidateFinder.adjacent(text, tokens, k, k + 1)
                        && !(minister && tokens.word(k + 1).has(Gazetteer.PLACE | Gazetteer.TOWN));
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
