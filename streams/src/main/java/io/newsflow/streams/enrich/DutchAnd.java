package io.newsflow.streams.enrich;

/**
 * Dutch "en" is "and", but in French and Spanish it is "in", a word that puts the name after it in a place
 * ({@link Word#LOCATIVE}), and a word's classes do not depend on the article's language. So in a Dutch article a name
 * after "en" takes its context from before the list, as a name after "and" does: "volgens ProRail en Arriva" says
 * nothing of where Arriva is, while "in Drachten en Oudega" puts both in a place. Polish "i" (Italian's plural article)
 * is read the same way in a Polish article.
 */
final class DutchAnd {

    /** The longest name a list's previous member may have, in words. */
    private static final int MAX_NAME = 4;

    private DutchAnd() {
    }

    /**
     * Whether the word is "en" in a Dutch article, or "i" in a Polish one ("mieszkańcy Gdańska i Rumi"; {@code
     * stopLanguages}: the article's, {@link Span#stopLanguages}).
     */
    static boolean is(Word w, int stopLanguages) {
        return (stopLanguages & Languages.DUTCH) != 0 && w.lower().equals("en")
                || (stopLanguages & Languages.POLISH) != 0 && w.lower().equals("i"); // (Italian's "i" is an article)
    }

    /** Whether the word joins two names as "and" does in the article: {@link Word#AND}, or Dutch "en" or Polish "i". */
    static boolean joins(Word w, int stopLanguages) {
        return w.hasClass(Word.AND) || is(w, stopLanguages);
    }

    /**
     * The index of the word that gives a name its context: {@code p} itself, unless it is Dutch "en" after a
     * capitalised name, when it is the word before that name (skipping an article), or -1 at the paragraph's start.
     */
    static int listContext(Tokens tokens, int p, int stopLanguages) {
        if (p < 1 || !is(tokens.word(p), stopLanguages)) {
            return p;
        }
        int k = p - 1;
        // back over the previous name's words; a capitalised stop word ("In", "Volgens") opens the sentence, no name
        while (k >= 0 && k > p - 1 - MAX_NAME && tokens.word(k).capitalised() && !tokens.word(k).stopIn(stopLanguages)) {
            k--;
        }
        if (k == p - 1) {
            return p; // no name before "en": "groot en klein"
        }
        return k >= 0 && tokens.word(k).hasClass(Word.ARTICLE) ? k - 1 : k;
    }
}
