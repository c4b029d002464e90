package io.newsflow.streams.enrich;

/**
 * A minister's portfolio named apart from the minister ("the Minister of *Finance*, Ana Ruiz", "il ministro delle
 * *Infrastrutture*"): a field, not a name, and the second one joined to it ("et de l'*Énergie*"); a body named after
 * the portfolio is read apart ("el consejero de Agricultura *de la Generalitat Valenciana*"). The minister's titles are
 * {@link Word#MINISTER} bits ({@link ContextCues}).
 */
final class Portfolios {

    private Portfolios() {
    }

    /**
     * "the Minister of *Finance*, Ana Ruiz", "il ministro delle *Infrastrutture*, ...": a minister's
     * portfolio named apart from the minister is a field, not a name.
     */
    static boolean is(Candidate c) {
        if (c.size() == 1 && c.lower(0).equals("sceaux") && c.beforePrevious().equals("garde")) {
            return true; // "le garde des Sceaux", France's justice minister, not the town of Sceaux
        }
        boolean italianTo = ITALIAN_TO.contains(c.previous()); // "l'assessore al Commercio", "l'assessora regionale alla Sanità"
        return (c.previousIs(Word.OF_OR_FOR) || italianTo) && (c.beforePreviousIs(Word.MINISTER)
                    || italianTo && (MINISTERS_ADJECTIVES.contains(c.beforePrevious())
                        || c.beforePreviousWord() != null && c.beforePreviousWord().withoutElision().hasClass(Word.MINISTER)))
                && !c.word(0).has(Gazetteer.GIVEN_NAME | Gazetteer.PLACE) // (an administration is a portfolio too:
                && (!c.word(0).has(Gazetteer.ORG_KEYWORD) || ADMINISTRATION.contains(c.lower(0))); // "da Administração Interna")
    }

    /** Italian "to the", which names an assessore's portfolio: "l'assessore al Bilancio", "alla Mobilità". */
    private static final WordSet ITALIAN_TO = WordSet.of("al", "alla", "allo", "ai", "agli", "alle");
    /** The level an Italian assessore serves at, between the title and the portfolio: "l'assessore capitolino al Commercio". */
    private static final WordSet MINISTERS_ADJECTIVES = WordSet.of("regionale", "comunale", "provinciale", "capitolino",
            "capitolina", "municipale", "metropolitano", "metropolitana");
    private static final WordSet ADMINISTRATION = WordSet.of("administração", "administración", "amministrazione", "administration");

    /**
     * "el consejero de Agricultura *de la Generalitat Valenciana*": where a body named after the portfolio starts (its
     * "of", an article perhaps, then a capitalised body's word), or -1.
     */
    static int bodyAfter(Candidate c) {
        for (int k = 1; k + 1 < c.size(); k++) {
            int m = c.word(k + 1).hasClass(Word.ARTICLE) ? k + 2 : k + 1;
            if (c.word(k).hasClass(Word.OF_OR_FOR) && m < c.size() && c.word(m).capitalised() && c.word(m).has(Gazetteer.ORG_KEYWORD)) {
                return m;
            }
        }
        return -1;
    }

    /**
     * "la ministre de l'Économie et de l'*Énergie*", "el ministro de Economía y de *Comercio*", "la delegada de
     * Urbanismo, *Medio Ambiente* y *Movilidad*": a further portfolio joined to the one right before it
     * ({@code portfolio}, in the same paragraph), by "and" (with its "of" or without) or by a comma inside the list.
     */
    static boolean next(Candidate portfolio, Candidate c) {
        int gap = c.start() - portfolio.end();
        boolean joined = c.previousIs(Word.OF_OR_FOR) && c.beforePreviousIs(Word.AND)
                // "de Urbanismo, Medio Ambiente y Movilidad": listed with a comma before the "and" that closes the list
                || gap == 2 && c.previousWord() == portfolio.word(portfolio.size() - 1) && c.nextIs(Word.AND)
                // ... "y Movilidad": after "and" a list's word shares the context of the word before it
                || gap >= 3 && gap <= 5 && c.previousWord() != null && c.previousWord() == portfolio.previousWord();
        return portfolio.paragraph() == c.paragraph() && gap <= MAX_PORTFOLIO_GAP && joined
                && !c.word(0).has(Gazetteer.GIVEN_NAME | Gazetteer.ORG_KEYWORD | Gazetteer.PLACE);
    }

    /** " et de l'", " e della ": the most a joined portfolio is apart from the one before it. */
    private static final int MAX_PORTFOLIO_GAP = 12;
}
