package io.newsflow.streams.enrich;


/**
 * Tests on a title inside a capitalised span and the words around it, for {@link SpanCleaner}: the
 * portfolio before "Minister" ("Social Affairs Minister"), a judge's court ("District Judge"), a
 * second title after "and", the person after a department ("Minister of Infrastructure Hanneke
 * Dijkstra"), a field that names a body of its own ("the CEO of Siemens"), and a field's word that
 * opens an organisation's name instead ("Labour Party").
 */
final class TitleFields {

    private TitleFields() {
    }

    /**
     * Where the portfolio before "Minister" starts ("Social Affairs", "State Ports", the "Energy" of
     * "UK Energy Minister" after its place), or -1 when the words name a body or a place. Portfolio
     * words may be organisation words ("Ports", "Energy"); {@link Portfolios#is} reads the
     * portfolio after "minister of" instead.
     */
    static int portfolioBeforeMinister(Span c, int from, int minister) {
        if (courtOfJudge(c, from, minister)) {
            return from; // "U.S. District Judge Amit Mehta": the court is the judge's title
        }
        if (!c.is(minister, Word.MINISTER) || c.isKnown(from, minister)) {
            return -1;
        }
        int start = from;
        while (start < minister - 1 && c.has(start, Gazetteer.PLACE | Gazetteer.DEMONYM)) {
            start++; // "UK", "Scottish": the government's place, a name of its own
        }
        for (int m = start; m < minister; m++) {
            if (c.has(m, Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN) || c.is(m, Word.ALL_CAPS)) {
                return -1;
            }
        }
        return start;
    }

    /** Words of a court that make part of a judge's title: "District Judge", "Chief Justice". */
    private static final WordSet COURT_WORDS = WordSet.of("district", "circuit", "magistrate", "appeals", "appellate",
            "supreme", "high", "federal", "chief", "superior", "county", "bankruptcy", "immigration", "administrative");

    private static boolean courtOfJudge(Span c, int from, int judge) {
        String title = c.lower(judge);
        if (!title.equals("judge") && !title.equals("justice") || judge == from) {
            return false;
        }
        for (int k = from; k < judge; k++) {
            if (!COURT_WORDS.contains(c.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** The "and" before another title in from..to ("Ed Miliband *and* Health Secretary Wes Streeting"), or -1. */
    static int andBeforeTitle(Span c, int from, int to) {
        for (int m = from + 1; m < to - 2; m++) {
            if (c.is(m, Word.AND)) {
                for (int t = m + 1; t < to - 1; t++) {
                    if (c.is(t, Word.CORE_TITLE) || c.has(t, Gazetteer.TITLE)) { // "Pierce County Executive"
                        return m;
                    }
                }
            }
        }
        return -1;
    }

    /** "Minister of Infrastructure Hanneke Dijkstra": the person is the trailing name. */
    static int personAfterDepartment(Span c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c.has(k, Gazetteer.GIVEN_NAME)) {
                return k;
            }
        }
        return to - from > 2 ? to - 2 : to;
    }

    /**
     * A title's field that names a body of its own: a listed organisation ("the CEO of Siemens") or an
     * acronym ("le PDG de la SNCF"). A portfolio ("Minister of Finance") is none, and a place in a title
     * ("Princess of Wales", "Chief Justice of India") is part of the title, not a mention of the place.
     */
    static boolean namedField(Span c, int from, int to) {
        if (to - from == 1) {
            return !c.has(from, Gazetteer.PLACE) && (c.has(from, Gazetteer.ORGANIZATION)
                    || c.is(from, Word.ALL_CAPS) && c.memo(from).length() >= 2);
        }
        return to > from && c.isKnown(from, to) && !Gazetteer.get().isPlace(c.key(from, to))
                // "Vorstandschef der DHL Group": a listed body or an acronym, then a legal form or a body's word
                || to - from == 2 && (c.has(from, Gazetteer.ORGANIZATION) || c.is(from, Word.ALL_CAPS)) && c.has(to - 1, Gazetteer.ORG_KEYWORD);
    }

    /**
     * Title words that name a minister's field ("Labour Minister", "Health Secretary"), and a body's
     * field before an organisation word: "Labour Party", "Environment Agency", "Health Ministry".
     */
    private static final WordSet FIELDS = WordSet.of("foreign", "interior", "finance", "health", "culture", "economy",
            "economic", "trade", "transport", "environment", "labour", "labor", "education", "justice", "defence",
            "defense",
            // a rank's word that opens bodies' names too: "General Synod", "General Assembly", "General Council"
            "general");

    /**
     * A field's title word followed by an organisation word that is no title, or in a short name
     * that one ends: "Environment Agency", "Labour Party", "Environment Protection Agency" (not
     * "Former Bank of England governor").
     */
    static boolean fieldOfOrganisation(Span c, int from, int to) {
        return from + 1 < to && FIELDS.contains(c.lower(from)) && (orgWord(c, from + 1)
                // "Environment Protection Agency": the organisation word ends a short name
                || to - from <= 4 && orgWord(c, to - 1))
                || namedForRoyal(c, from, to);
    }

    /**
     * A royal's or a noble's title, a given name and an organisation word: an institution named after them ("Herzogin
     * Anna Amalia Bibliothek", "Queen Elizabeth University Hospital", "Prinses Máxima Centrum"), the title its own.
     */
    static boolean namedForRoyal(Span c, int from, int to) {
        if (to - from < 3 || !ROYALS.contains(c.lower(from)) || !c.has(from + 1, Gazetteer.GIVEN_NAME)) {
            return false;
        }
        for (int k = from + 2; k < to; k++) {
            if (orgWord(c, k)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet ROYALS = WordSet.of("king", "queen", "prince", "princess", "duke", "duchess", "könig",
            "königin", "prinz", "prinzessin", "herzog", "herzogin", "kaiser", "kaiserin", "roi", "reine", "princesse",
            "re", "regina", "principe", "principessa", "rey", "reina", "príncipe", "princesa", "koning", "koningin",
            "prins", "prinses", "kung", "drottning", "kong", "dronning", "król", "królowa");

    private static boolean orgWord(Span c, int i) {
        return c.has(i, Gazetteer.ORG_KEYWORD) && !c.has(i, Gazetteer.TITLE);
    }

    /** Titles a school or a hospital takes with the name of the person it is named for. */
    private static final WordSet NAMESAKE_TITLES = WordSet.of("dr", "doutor", "doctor", "prof", "professor", "padre");

    /**
     * A body's name that goes on with the title and name of its namesake, outside English: "Agrupamento de Escolas Dr.
     * Costa Matos", "Hospital Doctor Negrín" (the title at k, the body's word opening the span at from).
     */
    static boolean namesakeAfterBody(Span c, int from, int k, int to) {
        return to - k >= 3 && c.has(from, Gazetteer.ORG_KEYWORD) && NAMESAKE_TITLES.contains(c.lower(k))
                && c.stopLanguages != SpanParts.ENGLISH_STOPS;
    }
}
