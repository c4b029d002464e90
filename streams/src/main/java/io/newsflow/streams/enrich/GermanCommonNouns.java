package io.newsflow.streams.enrich;

/**
 * German capitalises every noun, so some capitalised words there are common nouns that a list or a context rule would
 * read as names: a listed town's name that is also a noun ("das Essen", "im Zug"), two nouns joined by "und", a fraction
 * ("um ein Fünftel"), two joined by a hyphen ("Nachtzug-Garnituren"). In German text only.
 */
final class GermanCommonNouns {

    private static final WordSet TOWN_NOUNS = WordSet.of("porto", "essen", "halle", "hof", "zug", "weiden", "ems");
    private static final WordSet ARTICLES = WordSet.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem",
            "einen", "einer", "eines", "im", "am", "vom", "zum", "zur", "beim");
    /** The fractions below a hundredth that German writes as one word ("ein Drittel", "drei Viertel"). */
    private static final WordSet FRACTIONS = WordSet.of("drittel", "viertel", "fünftel", "sechstel", "siebtel", "achtel",
            "neuntel", "zehntel", "zwanzigstel");

    private GermanCommonNouns() {
    }

    /**
     * "Das Porto für einen Standardbrief", "das Essen", "das kostenlose Essen", "im Zug": a listed town's name that is a
     * noun too, after an article, or an article and an adjective (a town takes none); a fraction ("um ein Fünftel, die
     * Stadt ...", which an apposition would make a town); two plain nouns joined by "und".
     */
    static boolean is(Candidate c, String language) {
        if (!"de".equals(language)) {
            return false;
        }
        return c.size() == 1 && TOWN_NOUNS.contains(c.lower(0)) && (ARTICLES.contains(c.previous()) || afterArticleAndAdjective(c))
                || c.size() == 1 && FRACTIONS.contains(c.lower(0))
                || c.size() == 1 && hyphenatedNouns(c.word(0))
                || c.size() == 3 && nounPair(c);
    }

    /**
     * "13 weitere Nachtzug-Garnituren", "neue Linienbus-Fahrzeuge": two nouns joined by a hyphen, each capitalised as
     * German writes every noun, which the capital inside the word made a brand ("E-Control"). Not when a list knows the
     * word or a part, or the last part is a body's or a place's word: "Siemens-Werk", "Bertelsmann-Stiftung" name a
     * body, "der City-Tunnel" a place.
     */
    private static boolean hyphenatedNouns(Word w) {
        String s = w.surface();
        int hyphen = CompoundNouns.pairHyphen(s);
        if (hyphen < 0 || !noun(s, 0, hyphen) || !noun(s, hyphen + 1, s.length()) || w.has(LISTED)) {
            return false;
        }
        return !Word.of(s.substring(0, hyphen)).has(LISTED)
                && !Word.of(s.substring(hyphen + 1)).has(LISTED | Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD);
    }

    private static final int LISTED = Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.ORGANIZATION | Gazetteer.GIVEN_NAME
            | Gazetteer.DEMONYM;

    /** A capital, then lower-case letters only: a German noun's shape. */
    private static boolean noun(String s, int from, int to) {
        if (!Character.isUpperCase(s.charAt(from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!Character.isLowerCase(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "das kostenlose Essen", "die neue Halle": an article, then a lower-case adjective's inflected ending. */
    private static boolean afterArticleAndAdjective(Candidate c) {
        String adjective = c.previous();
        return adjective != null && ARTICLES.contains(c.beforePrevious()) && c.previousWord() != null
                && !c.previousWord().capitalised() && (adjective.endsWith("e") || adjective.endsWith("en")
                || adjective.endsWith("er") || adjective.endsWith("es") || adjective.endsWith("em"));
    }

    /**
     * "mit Strom, Gas und Wasser", "für Kirche und Schule": two nouns joined by "und" or "oder" name nothing unless a
     * list knows one of them (a place, a town, a body or a given name) or it is in capitals. An organisation's word
     * among them ("Gas", "Kirche") is a common noun here, not a name's part.
     */
    private static boolean nounPair(Candidate c) {
        return (c.lower(1).equals("und") || c.lower(1).equals("oder")) && plainNoun(c.word(0)) && plainNoun(c.word(2));
    }

    private static boolean plainNoun(Word w) {
        return !w.hasClass(Word.ALL_CAPS) && !w.has(Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.ORGANIZATION | Gazetteer.GIVEN_NAME)
                && w.surface().indexOf('-') < 0;
    }

    /** The lower-case word is a town's name and a noun in German text: in a title, where every word may be capitalised, no place alone. */
    static boolean townNoun(String lower, String language) {
        return "de".equals(language) && TOWN_NOUNS.contains(lower);
    }
}
