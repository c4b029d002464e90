package io.newsflow.streams.enrich;


/**
 * Where a person's name stands beside a body's or a place's in one capitalised span, so that
 * {@link SpanCleaner} cuts the span in two: a person "of" a body ("Aoife Brennan of University
 * College Cork", "Marco Pasquini della Cgil"), a person after a body or place ("Regione Liguria Marco Bucci"), and what a person
 * belongs to after "van" or "von" ("Sophie Hermans van Klimaat").
 */
final class PersonSplits {

    /**
     * "of" in the languages read, with Italian's forms joined to the article ("Marco Pasquini della Cgil"); a surname's
     * particle in lower case stands after the given name, before the "of" this looks for.
     */
    private static final WordSet OF = WordSet.of("of", "di", "della", "del", "dello", "dell", "degli", "dei", "de", "du", "des");

    private PersonSplits() {
    }

    /**
     * "Aoife Brennan of University College Cork": a person (a given name and one or two more
     * words, none an organisation's) "of" a body (an organisation word or a known name after it).
     * A title before the name stands for the given name ("Detective Inspector Lee Harland of
     * Cleveland Police"). Returns the index of "of", or -1.
     */
    static int personOfBody(Span c, int from, int to, boolean afterTitle) {
        if (!c.has(from, Gazetteer.GIVEN_NAME) && !afterTitle) {
            return -1;
        }
        for (int k = from + 2; k <= from + 3 && k < to - 1; k++) {
            if (c.has(k - 1, Gazetteer.ORG_KEYWORD | Gazetteer.ORGANIZATION | Gazetteer.PLACE_KEYWORD)
                    || c.is(k - 1, Word.CONNECTOR)) {
                return -1;
            }
            if (OF.contains(c.lower(k)) && !c.isKnown(from, to)) {
                // (after an article too: "Marie Dupont de la CGT")
                // (or a listed body's chapter: "Luca Bianchi di Federconsumatori Lombardia")
                boolean body = c.isKnown(k + 1, to) || c.has(k + 1, Gazetteer.ORGANIZATION)
                        || k + 2 < to && c.is(k + 1, Word.ARTICLE) && c.isKnown(k + 2, to)
                        || campaignAfterOf(c, k, to); // "Matt Zarb-Cousin of Clean Up Gambling"
                for (int m = k + 1; m < to && !body; m++) {
                    body = c.has(m, Gazetteer.ORG_KEYWORD);
                }
                return body ? k : -1;
            }
        }
        return -1;
    }

    /**
     * English "of" and two or more capitalised words after it, none a place's or a listed place: a group the person
     * speaks for ("Matt Zarb-Cousin of Clean Up Gambling"), not a place ("Anna Berg of North Yorkshire").
     */
    private static boolean campaignAfterOf(Span c, int k, int to) {
        return c.lower(k).equals("of") && to - k >= 3 && !c.anyHas(k + 1, to, Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.PLACE_KEYWORD);
    }

    /**
     * Where a person's name starts that follows a body or place in one span, as Italian writes it
     * after a title ("il presidente della Regione Liguria Marco Bucci", "la sindaca di Genova Silvia
     * Salis"): a given name and one or two more words, none an organisation's or place's word, after
     * a listed name, two words or more, or a word after "of" ("dei Trasporti Matteo Salvini").
     * Returns the given name's index, or -1.
     */
    static int personAfterName(Span c, int from, int to) {
        if (c.isKnown(from, to)) {
            return -1;
        }
        for (int p = Math.max(from + 1, to - 3); p <= to - 2; p++) {
            // (a place word before the given name is a saint's: "de San Lorenzo y Timbúes" names two towns)
            if (!c.has(p, Gazetteer.GIVEN_NAME) || c.has(p - 1, Gazetteer.GIVEN_NAME | Gazetteer.PLACE_KEYWORD)
                    || c.is(p - 1, Word.CONNECTOR) || TitleFields.namesakeAfterBody(c, from, p - 1, to) // "Escola Dr. Manuel ..."
                    || !(p - from >= 2 || c.isKnown(from, p) || from > 0 && c.tokens.word(from - 1).hasClass(Word.OF_OR_FOR)
                        || portfolioAfterTitle(c, from))) {
                continue;
            }
            boolean nameWords = true;
            for (int k = p; k < to; k++) {
                nameWords &= !c.has(k, Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD | Gazetteer.ORGANIZATION | Gazetteer.PLACE);
            }
            if (nameWords) {
                return p;
            }
        }
        return -1;
    }

    /**
     * "L'assessore al Turismo Simone Venturini": a title, "al" or "alla", then the portfolio's one
     * word. The title may open the sentence with its article ("L'assessore").
     */
    private static boolean portfolioAfterTitle(Span c, int from) {
        return from > 1 && ITALIAN_TO.contains(c.tokens.word(from - 1).lower())
                && Word.of(Token.stripElision(c.tokens.word(from - 2).lower())).has(Gazetteer.TITLE);
    }

    private static final WordSet ITALIAN_TO = WordSet.of("al", "alla", "allo", "ai", "agli", "alle");

    /**
     * "ProRail de Tweede Kamer": in Dutch "de" is the article, a name's particle only after a given name
     * ("Frans de Waal"), and no body's connector; between two names it joins none. Since the given-name
     * list misses some ("Rob de Wijk"), the split needs a body after the article: a listed name or one
     * with an organisation word ("Arriva de Provincie Limburg"). Returns its index, or -1.
     */
    static int dutchArticleBetweenNames(Span c, int from, int to) {
        if ((c.stopLanguages & Languages.DUTCH) == 0 || c.isKnown(from, to)) {
            return -1;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (c.word(k).equals("de") && !c.has(k - 1, Gazetteer.GIVEN_NAME | Gazetteer.ORG_KEYWORD) && !c.is(k - 1, Word.CONNECTOR)
                    && c.memo(k + 1).capitalised()
                    && (c.isKnown(k + 1, to) || c.anyHas(k + 1, to, Gazetteer.ORG_KEYWORD | Gazetteer.ORGANIZATION))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "minister Sophie Hermans van Klimaat en Groene Groei", "Olaf Scholz von der SPD": "van" or "von"
     * after a given name and a surname opens what the person belongs to, not the name (the particle
     * of "Eddy van Hijum" follows the given name). Returns the particle's index, or -1.
     */
    static int affiliationAfterName(Span c, int from, int to, boolean afterTitle) {
        // a given name, or a title before the name ("minister Eppo Bruins van Onderwijs, ...", "Minister Barry
        // Madlener van Infrastructuur" opening a sentence, its title inside the span)
        if (!c.has(from, Gazetteer.GIVEN_NAME) && !afterTitle && !(from == c.from && c.previousIsTitle()) || c.isKnown(from, to)) {
            return -1;
        }
        for (int k = from + 2; k < to - 1; k++) {
            String w = c.word(k);
            if ((w.equals("van") || w.equals("von")) && !c.has(k - 1, Gazetteer.GIVEN_NAME)) {
                return k;
            }
        }
        return -1;
    }
}
