package io.newsflow.streams.enrich;


/**
 * Names written with full stops inside them, which {@link CandidateFinder} keeps as one span: an
 * initial ("V. N. Vasavan", "Jerome H. Powell"), a name's abbreviation ("St. Lawrence River", "Mt.
 * Kenya"), a dotted initialism ("Mitsui O.S.K. Lines"), and two initials before a body's or a
 * person's name ("U.S. Coast Guard", "A.P. Moller-Maersk"), not a place's ("in the U.S. Prices rose").
 */
final class DottedNames {

    /** Abbreviations that stand inside a name with their full stop: "St. Lawrence River", "Mt. Kenya". */
    private static final WordSet NAME_ABBREVIATIONS = WordSet.of("st", "mt", "ft", "pt", "mr", "mrs", "ms", "dr", "prof",
            "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt");

    private DottedNames() {
    }

    /**
     * An initial or a name's abbreviation, its full stop and space, then a capitalised word: "V. N.
     * Vasavan", "Jerome H. Powell", "St. Lawrence River", "Mitsui O.S.K. Lines" are one name.
     */
    static boolean inName(String text, Tokens tokens, int a, int b) {
        Word w = tokens.word(a);
        // "... en la red social X. La Confederación ...": an article after the full stop opens a sentence
        if (!w.capitalised() || !tokens.word(b).capitalised() || text.charAt(tokens.end(a)) != '.'
                || w.length() == 1 && tokens.word(b).hasClass(Word.ARTICLE)
                || !(w.length() == 1 || NAME_ABBREVIATIONS.contains(w.lower()) || longInitialism(w.surface())
                    || w.length() == 3 && longInitialism(w.surface() + ".X") && (beforeBody(tokens, b) || initialsOfName(tokens, a, b)))) {
            return false;
        }
        for (int k = tokens.end(a) + 1; k < tokens.start(b); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return tokens.end(a) + 1 < tokens.start(b);
    }

    /** "O.S.K" of "Mitsui O.S.K. Lines": three or more dotted initials (not "U.S", which ends many spans). */
    private static boolean longInitialism(String s) {
        if (s.length() < 5) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (k % 2 == 0 ? !Character.isUpperCase(s.charAt(k)) : s.charAt(k) != '.') {
                return false;
            }
        }
        return s.length() % 2 == 1;
    }

    /** How far after two initials a body's word may close the name they open ("U.S. Fish and Wildlife Service"). */
    private static final int BODY_WORDS = 4;

    /**
     * "U.S. Coast Guard", "U.K. Border Force", "U.S. Fish and Wildlife Service": two initials join the name after them
     * when it is a body's (an organisation word among its next capitalised words, connectors between), not "in the U.S.
     * Prices rose".
     */
    private static boolean beforeBody(Tokens tokens, int b) {
        for (int k = b; k < tokens.size() && k - b < BODY_WORDS; k++) {
            Word w = tokens.word(k);
            if (w.capitalised() && w.has(Gazetteer.ORG_KEYWORD)) {
                return true;
            }
            if (!w.capitalised() && !(k > b && w.hasClass(Word.CONNECTOR))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "A.P. Moller-Maersk", "J.P. Morgan", "W.R. Grace": two initials open the name after them, unless
     * they are a place's ("in the U.S. Prices rose") or a title or stop word follows ("U.N. Secretary-General").
     */
    private static boolean initialsOfName(Tokens tokens, int a, int b) {
        return !tokens.word(a).has(Gazetteer.PLACE) && !tokens.word(b).has(Gazetteer.TITLE | Gazetteer.CALENDAR)
                && tokens.word(b).stopLanguages() == 0;
    }
}
