package io.newsflow.streams.enrich;

/**
 * One word of a text: its characters, its memoised {@link Word} (lower-case form, gazetteer
 * flags, stop-list languages, tone: looked up once, read by every step), its offsets in the
 * paragraph, and whether it opens a sentence ({@code sentenceStart}) or a clause after a colon or
 * opening quote ({@code clauseStart}). Capitalisation at such positions says nothing about
 * whether the word is a name.
 */
public record Token(String text, Word word, int start, int end, boolean sentenceStart, boolean clauseStart) {

    /** The lower-case form ({@link java.util.Locale#ROOT}). */
    public String lower() {
        return word.lower();
    }

    /** True when the word opens a sentence or a clause, where any word is capitalised. */
    public boolean initial() {
        return sentenceStart || clauseStart;
    }

    /** The word without a French/Italian elision prefix ("d'Espagne" gives "Espagne"). */
    public String withoutElision() {
        return stripElision(text);
    }

    static String stripElision(String word) {
        if (word.length() < 3 || !Character.isLowerCase(word.charAt(0))) {
            return word;
        }
        // up to six letters: "l'", "d'", "all'", "dell'", "dall'", "nell'", "jusqu'", "lorsqu'"
        for (int i = 1; i <= 6 && i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return word.substring(i + 1);
            }
            if (!Character.isLetter(c)) {
                return word;
            }
        }
        return word;
    }

    /** True when the word (after elision) starts with an upper-case letter (memoised on the {@link Word}). */
    public boolean capitalised() {
        return word.capitalised();
    }

    /** "50Hertz", "7-Eleven": digits (and a hyphen), then a capitalised word of two letters or more (not "3D", "5G", "2024"). */
    private static boolean digitsThenName(String text) {
        int k = 0;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (k > 0 && k < text.length() && text.charAt(k) == '-') {
            k++;
        }
        return k < text.length() - 2 && Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k + 1));
    }

    static boolean isCapitalised(String text) {
        char first = text.charAt(0);
        if (Character.isUpperCase(first)) {
            // "L'amministratore" opening a sentence: only the elided article is capitalised
            return !(text.length() > 3 && (text.charAt(1) == '\'' || text.charAt(1) == '\u2019')
                    && Character.isLowerCase(text.charAt(2)));
        }
        if ((first == 'a' || first == 'e') && text.length() > 3 && text.charAt(1) == 'l' && text.charAt(2) == '-'
                && Character.isUpperCase(text.charAt(3))) {
            return true; // the Arabic article inside a name: "Bab el-Mandeb", "Bashar al-Assad"
        }
        if (Character.isDigit(first)) {
            return digitsThenName(text); // "50Hertz"
        }
        if (!Character.isLowerCase(first) || (text.indexOf('\'') < 0 && text.indexOf('\u2019') < 0)) {
            return false; // no elision possible: the common case, decided without a substring
        }
        String w = stripElision(text);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** True for an all-capitals word of two or more letters ("NATO", "FNV"). */
    public boolean allCaps() {
        return isAllCaps(withoutElision());
    }

    static boolean isAllCaps(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
