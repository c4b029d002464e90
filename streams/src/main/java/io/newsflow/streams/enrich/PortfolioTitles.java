package io.newsflow.streams.enrich;


/**
 * The minister's title before a portfolio, where words other than a bare "of" stand between them:
 * an elided preposition ("il ministro dell'Interno", "l'assessore all'Ambiente") or an adjective
 * ("l'assessore regionale all'Ambiente", "el consejero catalán de Territorio"). A candidate reads
 * that title as the word before its "of", so {@link Portfolios#is} knows the portfolio for
 * what it is, a field and not a name.
 */
final class PortfolioTitles {

    /** What an elided preposition after a title stands for: "dell'Interno" is "of the Interior". */
    static final Word OF = Word.of("di");

    /** Elided prepositions that join a title to its portfolio: "ministro dell'Interno", "assessore all'Ambiente". */
    private static final WordSet PREPOSITIONS = WordSet.of("dell", "all", "dall", "nell", "sull", "d");

    /** Adjectives between a title and its portfolio: "l'assessore regionale all'Ambiente", "consejero autonómico de". */
    private static final WordSet TITLE_ADJECTIVES = WordSet.of("regionale", "comunale", "provinciale", "federale",
            "régional", "régionale", "municipal", "municipale", "délégué", "déléguée", "regional", "autonómico",
            "autonómica", "catalán", "catalana", "vasco", "vasca", "andaluz", "andaluza", "gallego", "gallega", "valenciano",
            "valenciana");

    private PortfolioTitles() {
    }

    /**
     * The title before token a, without its own article, when an elided preposition or an adjective
     * stands between them; or null. p is the index of the word before a (its "of", or the adjective
     * when the preposition is elided into token a).
     */
    static Word before(Tokens tokens, int a, int p) {
        if (elidedPreposition(tokens.word(a))) {
            Word title = title(tokens.word(p));
            return title != null || p == 0 || !adjective(tokens.word(p)) ? title : title(tokens.word(p - 1));
        }
        // "el consejero catalán de Territorio": the "of", an adjective, the title
        return p >= 2 && tokens.word(p).hasClass(Word.OF_OR_FOR) && adjective(tokens.word(p - 1))
                ? title(tokens.word(p - 2)) : null;
    }

    private static boolean elidedPreposition(Word raw) {
        if (!raw.elided()) {
            return false;
        }
        String lower = raw.lower();
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        return apostrophe > 0 && PREPOSITIONS.contains(lower.substring(0, apostrophe));
    }

    /** "regionale", "catalán", "français": a lower-case adjective that may stand after a title. */
    private static boolean adjective(Word word) {
        return !word.capitalised() && (TITLE_ADJECTIVES.contains(word.lower()) || word.has(Gazetteer.LOWER_DEMONYM));
    }

    /** "ministro", or "L'assessore" opening the sentence with its article, as the title alone; or null. */
    private static Word title(Word word) {
        if (word.hasClass(Word.MINISTER)) {
            return word;
        }
        String lower = word.lower();
        // the lower-case form, whose elided article is stripped ("l'assessore"), unlike a capital "L'"
        Word title = lower.indexOf('\'') > 0 || lower.indexOf('\u2019') > 0 ? Word.of(lower).withoutElision() : word;
        return title.hasClass(Word.MINISTER) ? title : null;
    }
}
