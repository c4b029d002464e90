package io.newsflow.streams.enrich;

/**
 * Three walks back from an acronym in brackets to the first word of the name it stands for ({@link AcronymExpansions}).
 * The first reads each word as one letter of the acronym, from its end, connectors and articles ("der", "and", "of")
 * between them. The second lets a few lower-case words stand between the letters' words ("Medicines and Healthcare
 * products Regulatory Agency (MHRA)") or after them, once a connector opens the name's complement ("Agence nationale de
 * sécurité du médicament et des produits de santé (ANSM)"); a capitalised word must still give the next letter. The
 * third reads German's way of taking the letters from some of the name's nouns ("Kommission zur Ermittlung des
 * Finanzbedarfs der Rundfunkanstalten (KEF)").
 */
final class AcronymWalks {

    /** Lower-case words the second walk may pass over: "products"; "produits", "santé". */
    private static final int MAX_SKIPPED = 3;

    private AcronymWalks() {
    }

    /** The first word of the name the acronym before token {@code at} stands for, by the first walk that finds one, or -1. */
    static int firstWord(String text, Tokens tokens, int at, String letters) {
        int first = eachWordALetter(text, tokens, at, letters);
        if (first < 0) {
            first = firstWordPassingLowerCase(text, tokens, at, letters);
        }
        return first < 0 ? firstWordOfBody(text, tokens, at, letters) : first;
    }

    /** The first walk: each word one letter, connectors and articles between them, commas too. */
    private static int eachWordALetter(String text, Tokens tokens, int at, String letters) {
        int letter = letters.length() - 1;
        int k = at - 1;
        if (k < 0 || !onlySpace(text, tokens.end(k), tokens.start(at) - 1)) {
            return -1;
        }
        for (; k >= 0 && letter >= 0; k--) {
            Word w = tokens.word(k);
            if (k < at - 1 && !onlySpaceOrComma(text, tokens.end(k), tokens.start(k + 1))) {
                return -1;
            }
            if (w.hasClass(Word.CONNECTOR | Word.ARTICLE) && letter < letters.length() - 1) {
                continue; // "der", "and", "of" inside the name
            }
            if (Character.toUpperCase(w.surface().charAt(0)) != letters.charAt(letter)) {
                return -1;
            }
            letter--;
            if (letter < 0) {
                return w.capitalised() ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The second walk: lower-case words without the letter are passed over (at most
     * {@link #MAX_SKIPPED}), words after the last letter's word only when a connector follows that
     * word; the words are separated by single spaces.
     */
    private static int firstWordPassingLowerCase(String text, Tokens tokens, int at, String letters) {
        int letter = letters.length() - 1;
        int skipped = 0;
        int lastLetterWord = -1;
        for (int k = at - 1; k >= 0; k--) {
            if (!spaceAfter(text, tokens, k, at)) {
                return -1;
            }
            Word w = ElidedWords.opening(tokens, k); // "l'Agence nationale ...": the letter is the name's
            boolean matches = Character.toUpperCase(w.surface().charAt(0)) == letters.charAt(letter);
            if (matches && !w.hasClass(Word.CONNECTOR | Word.ARTICLE)) {
                if (lastLetterWord < 0 && k < at - 1 && !tokens.word(k + 1).hasClass(Word.CONNECTOR)) {
                    return -1; // words after the name's last letter, but no connector opening them
                }
                lastLetterWord = lastLetterWord < 0 ? k : lastLetterWord;
                if (--letter < 0) {
                    return w.capitalised() ? k : -1;
                }
            } else if (w.capitalised() || !Character.isLetter(w.surface().charAt(0))) {
                return -1;
            } else if (!w.hasClass(Word.CONNECTOR | Word.ARTICLE) && ++skipped > MAX_SKIPPED) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The third walk, for the German way of making an acronym from some of a name's nouns ("Kommission zur Ermittlung des
     * Finanzbedarfs der Rundfunkanstalten (KEF)"): back over capitalised words and connectors to a body's word with the
     * first letter, the letters in order among the capitalised words' initials from there.
     */
    private static int firstWordOfBody(String text, Tokens tokens, int at, String letters) {
        for (int k = at - 1; k >= 0 && k >= at - MAX_BODY_WORDS; k--) {
            if (!spaceAfter(text, tokens, k, at)) {
                return -1;
            }
            Word w = tokens.word(k);
            if (!w.capitalised()) {
                if (w.hasClass(Word.CONNECTOR | Word.ARTICLE) && k < at - 1) {
                    continue;
                }
                return -1;
            }
            if (w.surface().charAt(0) == letters.charAt(0) && (w.has(Gazetteer.ORG_KEYWORD) || w.hasClass(Word.FEDERAL_BODY))
                    && initialsInOrder(tokens, k, at, letters)) {
                return k;
            }
        }
        return -1;
    }

    /** How many words the third walk reads back at most. */
    private static final int MAX_BODY_WORDS = 10;

    /** The acronym's letters, in order, among the initials of the capitalised words from..at-1. */
    private static boolean initialsInOrder(Tokens tokens, int from, int at, String letters) {
        int letter = 0;
        for (int k = from; k < at && letter < letters.length(); k++) {
            Word w = tokens.word(k);
            if (w.capitalised() && w.surface().charAt(0) == letters.charAt(letter)) {
                letter++;
            }
        }
        return letter == letters.length();
    }

    /** One space after token k: before the next token, or before the acronym's bracket when k is the last word. */
    private static boolean spaceAfter(String text, Tokens tokens, int k, int at) {
        return onlySpace(text, tokens.end(k), tokens.start(k + 1) - (k == at - 1 ? 1 : 0));
    }

    private static boolean onlySpace(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }

    private static boolean onlySpaceOrComma(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != ',') {
                return false;
            }
        }
        return to > from;
    }
}
