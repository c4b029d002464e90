package io.newsflow.streams.enrich;

/**
 * Where a capitalised span ends, for {@link CandidateFinder}: the words that join a name (capitalised
 * words, connectors before another capitalised word, an initial's full stop), and what ends one: a
 * month's name unless it is a surname ("Theresa May said"), a German place's genitive, a listed
 * name that goes on in lower case after the connectors.
 */
final class SpanEnds {

    private SpanEnds() {
    }

    /** A German place's genitive stands alone: "Österreichs Regierung", "die Staatsregierung Bayerns". */
    private static boolean germanGenitive(Tokens tokens, int k, boolean capitalisedNouns) {
        return capitalisedNouns && GermanGenitives.place(tokens.word(k)) != null;
    }

    /**
     * The end (exclusive) of the capitalised span that starts at word i: capitalised words next to
     * each other, joined across up to two connectors ("Bank of England", "Pieter de Graaf") and
     * across an initial's full stop or a possessive that belongs to a name.
     */
    static int end(String text, Tokens tokens, int i, boolean capitalisedNouns) {
        if (germanGenitive(tokens, i, capitalisedNouns)) {
            return i + 1; // the span ends after it
        }
        int j = i + 1;
        // each word joining the span was asked once, as the next word, whether it is a genitive
        while (j < tokens.size() && ((CandidateFinder.adjacent(text, tokens, j - 1, j) || tokens.dottedInName(text, j - 1, j))
                && !tokens.word(j - 1).possessive() || PossessiveNames.joins(text, tokens, j - 1, j))
                && !germanGenitive(tokens, j, capitalisedNouns)) {
            if (tokens.word(j).capitalised()) {
                if (tokens.word(j).has(Gazetteer.CALENDAR) && !surnameOfCalendar(tokens, i, j)
                        && !CalendarWords.surnameAfterGivenName(tokens.word(j - 1), tokens.word(j))) {
                    break;
                }
                j++;
                continue;
            }
            if (!capitalisedNouns && EnglishPlaceJoins.joins(tokens, j) && CandidateFinder.adjacent(text, tokens, j, j + 1)) {
                j += 2; // "Kingston upon Thames", "Blackburn with Darwen Borough Council"
                continue;
            }
            boolean organisation = false;
            boolean body = false; // any body's word, a government's too
            for (int x = i; x < j; x++) { // (a government's word opens no body: "el Gobierno de los Estados Unidos")
                body |= tokens.word(x).has(Gazetteer.ORG_KEYWORD);
                organisation |= tokens.word(x).has(Gazetteer.ORG_KEYWORD) && !SpanOpeners.government(tokens.word(x).lower())
                        || tokens.word(x).hasClass(Word.FEDERAL_BODY) // "Bundesministerium für Kunst und Kultur"
                        || capitalisedNouns && GermanBodyNouns.isBody(tokens.word(x).lower()); // "Landesamt für Denkmalpflege Hessen"
            }
            if (j + 1 < tokens.size() && tokens.word(j).hasClass(Word.ARTICLE) && tokens.word(j + 1).capitalised()
                    && tokens.word(j + 1).withoutElision().has(Gazetteer.ORG_KEYWORD) && !capitalisedNouns) {
                return j; // "A Napoli la Comunità di Sant'Egidio gestisce": the article opens the body's name, a name of its own
            }
            if (j + 2 < tokens.size() && tokens.word(j).hasClass(Word.AND) && tokens.word(j + 1).hasClass(Word.ARTICLE)
                    && tokens.word(j + 2).capitalised() && tokens.word(j + 2).has(Gazetteer.ORG_KEYWORD) && !capitalisedNouns) {
                return j; // "el Ministerio de Cultura y la Fundación Mapfre": "and", an article and a second body
            }
            int k = j;
            // (German "das" or "den" right after a name is the next noun's article: "wird im Oberallgäu das Streusalz
            // knapp"; Portuguese "das" joins a name, "Ilha das Flores", as German's does after "für")
            while (k < tokens.size() && k - j < 2 && (tokens.word(k).hasClass(Word.CONNECTOR)
                        && (organisation || !tokens.word(k).hasClass(Word.ORG_ONLY_CONNECTOR))
                        && !(capitalisedNouns && k == j && GERMAN_ARTICLES.contains(tokens.word(k).surface()))
                        || organisation && k == j + 1 && articleAfterPara(tokens, k) || organisation && polishAnd(tokens, k))
                    && CandidateFinder.adjacent(text, tokens, k - 1, k)) {
                k++;
            }
            if (k > j && k < tokens.size() && tokens.word(k).capitalised() && CandidateFinder.adjacent(text, tokens, k - 1, k)
                    && !lowerCasePhraseAt(tokens, k, capitalisedNouns, body) && !germanGenitive(tokens, k, capitalisedNouns)
                    && !CompoundNouns.setPhraseAfterZur(tokens, k)) {
                j = k + 1;
                continue;
            }
            return j == i + 1 && !capitalisedNouns ? PlaceCues.connectorEnd(text, tokens, i) : j;
        }
        return j;
    }

    /** A union's local branch by its number, part of its name: "CUPE Local 503", "UAW Local 600"; else j. */
    static int unionLocal(String text, Tokens tokens, int j) {
        if (j >= tokens.size() || !tokens.word(j - 1).surface().equals("Local") || !CandidateFinder.adjacent(text, tokens, j - 1, j)) {
            return j;
        }
        String number = tokens.word(j).surface();
        for (int k = 0; k < number.length(); k++) {
            if (!Character.isDigit(number.charAt(k))) {
                return j;
            }
        }
        return number.length() <= 5 ? j + 1 : j;
    }

    /**
     * Polish "i" inside a body's name, before a word that is no place: "Instytut Meteorologii i Gospodarki Wodnej",
     * "Ministerstwo Rozwoju i Technologii" (not Swedish "Polisen i Malmö", where "i" is "in" before the body's seat).
     */
    private static boolean polishAnd(Tokens tokens, int k) {
        return k + 1 < tokens.size() && tokens.word(k).surface().equals("i") && tokens.word(k + 1).capitalised()
                && !tokens.word(k + 1).has(Gazetteer.PLACE | Gazetteer.TOWN);
    }

    private static final WordSet PORTUGUESE_ARTICLES = WordSet.of("a", "o", "as", "os");

    private static final WordSet GERMAN_ARTICLES = WordSet.of("die", "den", "das");

    /**
     * Portuguese "para a" and German "für die" inside a body's name: "Conselho Internacional para a Exploração do Mar",
     * "Caritasverband für die Diözese Limburg".
     */
    private static boolean articleAfterPara(Tokens tokens, int k) {
        String before = tokens.word(k - 1).surface();
        return PORTUGUESE_ARTICLES.contains(tokens.word(k).surface()) && before.equals("para")
                || GERMAN_ARTICLES.contains(tokens.word(k).surface()) && before.equals("für") && k >= 2
                    && GermanBodyNouns.isBody(tokens.word(k - 2).lower()); // (not "der Europäischen Union für die Schifffahrt")
    }

    /**
     * "... Marine Le Pen et le Parti socialiste": a listed name going on in lower case starts at k, so
     * the connectors before it join nothing (a cheap flag check; the phrase is looked up later).
     */
    private static boolean lowerCasePhraseAt(Tokens tokens, int k, boolean capitalisedNouns, boolean body) {
        // "... la Région Sud et l'Union européenne": the phrase's first word may carry an elided article
        if (k + 1 >= tokens.size() || !tokens.word(k).withoutElision().has(Gazetteer.PHRASE_START)
                || !tokens.word(k + 1).has(Gazetteer.PHRASE_SECOND) || tokens.word(k + 1).capitalised()
                // after a body's word, a capitalised name's connector is no lower-case part: "el Gobierno de la Ciudad de
                // México", "la Fiscalía General de Justicia de la Ciudad de México" are one body each (not "Turismo de la Junta")
                || body && !capitalisedNouns && tokens.word(k + 1).hasClass(Word.CONNECTOR) && !tokens.word(k + 1).hasClass(Word.AND)
                // nor a listed place of two names after it: "la Junta de Castilla y León", "el Gobierno de Trinidad y Tobago"
                || body && !capitalisedNouns && tokens.word(k + 1).hasClass(Word.AND) && listedFrom(tokens, k, 3, Gazetteer.PLACE)) {
            return false;
        }
        // "and" second is a listed name's only when the three words are one ("Newfoundland and Labrador"): "do Mar e da
        // Atmosfera" goes on, though "Mar" opens listed names and "e" is the second word of "Bosnia e Herzegovina" (German,
        // whose nouns are all capitalised, keeps the cheap test: "mit den Stimmen von Union und SPD")
        // (and only a phrase the lists hold: "do Estado de São Paulo" goes on, though "Estado de México" is listed)
        return capitalisedNouns || listedFrom(tokens, k, tokens.word(k + 1).hasClass(Word.AND) ? 3 : 2, -1);
    }

    /**
     * Whether a name of {@code shortest} to four words listed as any of {@code bits} starts at word k ("union européenne",
     * "estado de méxico").
     */
    private static boolean listedFrom(Tokens tokens, int k, int shortest, int bits) {
        StringBuilder key = new StringBuilder(tokens.word(k).withoutElision().lower());
        for (int end = k + 1; end < tokens.size() && end - k < 4; end++) {
            key.append(' ').append(tokens.word(end).lower());
            if (end - k + 1 >= shortest && (Gazetteer.get().listed(key.toString()) & bits) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Theresa May said", "Vorstandschef Bernd Montag sagte": a month's or a weekday's name right after
     * a first name is a surname, unless a number follows ("Anna May 5").
     */
    static boolean surnameOfCalendar(Tokens tokens, int i, int j) {
        // the given name is the first name, not a second one ("Elizabeth Warren Monday" ends at Warren)
        return tokens.word(j - 1).has(Gazetteer.GIVEN_NAME) && (j - 1 == i || !tokens.word(j - 2).has(Gazetteer.GIVEN_NAME))
                && (j + 1 >= tokens.size() || !Character.isDigit(tokens.word(j + 1).surface().charAt(0)));
    }

    /**
     * "Comitato di gestione dell'Autorità di sistema portuale", "Consiglio di amministrazione
     * dell'Agenzia": inside a body's name, an elided "of the" before another organisation word opens
     * the body the first belongs to, a span of its own. Returns that word's index, or {@code to}.
     */
    static int beforeElidedBody(Tokens tokens, int from, int to) {
        boolean body = false;
        for (int k = from; k < to; k++) {
            Word raw = tokens.word(k);
            Word word = raw.withoutElision();
            if (k > from && body && raw.elided() && word.has(Gazetteer.ORG_KEYWORD)) {
                return k;
            }
            body |= word.has(Gazetteer.ORG_KEYWORD);
        }
        return to;
    }
}
