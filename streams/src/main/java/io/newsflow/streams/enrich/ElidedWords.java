package io.newsflow.streams.enrich;

/**
 * French and Italian elide an article or a preposition into the word that follows ("l'Istat",
 * "dell'Interno", "d'Espagne"). {@link Word#withoutElision} strips the lower-case forms; this class
 * reads the one that depends on where the word stands: a capital "L'" opening a sentence. (An elided
 * "of" after a minister's title: {@link PortfolioTitles}.)
 */
final class ElidedWords {

    private ElidedWords() {
    }

    /**
     * Token k without its elided article or preposition. Opening a sentence or a clause, "L'" is
     * capitalised only because the sentence opens there ("L'Istat ha pubblicato", "BARI – L'Acquedotto
     * Pugliese investirà"), so it goes too, unless the whole word is a listed name ("L'Aquila",
     * "L'Oréal"); elsewhere a capital "L'" belongs to the name ("selon L'Équipe").
     */
    static Word opening(Tokens tokens, int k) {
        Word raw = tokens.word(k);
        Word w = raw.withoutElision();
        if (w != raw || !tokens.initial(k) || raw.length() < 4 || !capitalArticle(raw.surface()) || raw.gazetteer() != 0) {
            return w;
        }
        return Word.of(raw.surface().substring(2));
    }

    private static boolean capitalArticle(String surface) {
        return surface.charAt(0) == 'L' && (surface.charAt(1) == '\'' || surface.charAt(1) == '\u2019')
                && Character.isUpperCase(surface.charAt(2));
    }
}
