package io.newsflow.streams.enrich;

import java.util.Set;

/**
 * Tests on the parts of a capitalised span that {@link SpanCleaner} reads before it cuts the span:
 * a body whose name holds "and", the evidence that a German span is a name, a portfolio before
 * "Minister", the person after a department, a name word after a sentence's opener.
 */
final class SpanParts {

    /** Last words of a body whose name has an "and" in it: legal forms and public bodies ({@link #oneBody}). */
    private static final Set<String> BODY_ENDINGS = Set.of("ag", "gmbh", "se", "sa", "nv", "bv", "spa", "plc", "ltd",
            "inc", "llc", "asa", "ab", "oy", "corporation", "company", "group", "directorate", "authority", "agency",
            "administration", "commission", "council", "board", "ministry", "department", "institute", "foundation",
            "association", "federation", "office", "bureau", "service", "committee", "partnership", "forum",
            "alliance", "coalition", "initiative", "network", "organisation", "organization", "union", "society",
            "trust", "league");

    private SpanParts() {
    }

    /**
     * "Norwegian Water Resources and Energy Directorate", "Hamburger Hafen und Logistik AG": one body
     * whose name has an "and", when the words before it name nothing (no organisation word, no
     * known name, no given name) and the words after it end with a legal form or a public body's word.
     */
    static boolean oneBody(Span c, int from, int and, int to) {
        if (and - from < 2 || to - and < 3 || !c.has(to - 1, Gazetteer.ORG_KEYWORD)
                || !BODY_ENDINGS.contains(c.lower(to - 1))) {
            return false;
        }
        // "Ghana Ports and Harbours Authority": a place may open the name, and an organisation word may
        // stand before "and" when one word pairs with it after ("Ports and Harbours")
        int notBefore = Gazetteer.GIVEN_NAME | Gazetteer.ORGANIZATION | (to - and == 3 ? 0 : Gazetteer.ORG_KEYWORD);
        for (int k = from; k < and; k++) {
            if (c.has(k, notBefore | (k == from ? 0 : Gazetteer.PLACE))) {
                return false;
            }
        }
        return !c.isKnown(from, and) && !c.isKnown(and + 1, to - 1) && !c.isKnown(and + 1, and + 2);
    }

    /**
     * A given name, an organisation word, or a place in the span without connectors or joined by
     * a place name's connector ("Frankfurt am Main").
     */
    static boolean evidence(Span c, int from, int to) {
        boolean connector = false;
        boolean placeConnector = false;
        boolean place = false;
        for (int k = from; k < to; k++) {
            if (c.has(k, Gazetteer.GIVEN_NAME | Gazetteer.ORG_KEYWORD)) {
                return true;
            }
            connector |= c.is(k, Word.CONNECTOR);
            placeConnector |= c.is(k, Word.PLACE_CONNECTOR);
            place |= c.has(k, Gazetteer.PLACE);
        }
        return place && (!connector || placeConnector);
    }

    /**
     * Where the portfolio before "Minister" starts ("Social Affairs", "State Ports", the "Energy" of
     * "UK Energy Minister" after its place), or -1 when the words name a body or a place. Portfolio
     * words may be organisation words ("Ports", "Energy"); {@link ContextCues#portfolio} reads the
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
    private static final Set<String> COURT_WORDS = Set.of("district", "circuit", "magistrate", "appeals", "appellate",
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

    /** A plural common noun stands right before the span ("rivals", "carriers"): what follows is a list. */
    static boolean afterPluralNoun(Span c, int from) {
        if (from != c.from || from == 0) {
            return false;
        }
        Word before = c.tokens.word(from - 1);
        return !before.capitalised() && before.lower().length() > 3 && before.lower().endsWith("s")
                && !before.stopIn(c.stopLanguages) && CandidateFinder.adjacent(c.text, c.tokens, from - 1, from);
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
        return to > from && c.isKnown(from, to) && !Gazetteer.get().isPlace(c.key(from, to));
    }

    /**
     * Whether words from..to hold a name word (neither a connector nor a stop word): "Onderzoekers van
     * *Deltares*" does, "Puertos del Estado" opening a sentence does not (Spanish's stop list holds
     * "estado"), so the whole span is the name.
     */
    static boolean nameAfter(Span c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!c.is(k, Word.CONNECTOR) && !c.stop(k)) {
                return true;
            }
        }
        return false;
    }

    /** A side of a chamber: "Senate Democratic", "House Republican", "Senate Majority" (before "leader"). */
    private static final Set<String> SIDES = Set.of("majority", "minority", "democratic", "democrat", "republican");

    /** A chamber and its side, which names the chamber: "Senate Democratic", "House Majority". */
    static boolean chamberSide(Span c, int from, int to) {
        return to - from == 2 && SIDES.contains(c.lower(from + 1))
                && (c.has(from, Gazetteer.ORGANIZATION | Gazetteer.ORG_KEYWORD) || c.lower(from).equals("house"));
    }

    /**
     * Title words that name a minister's field ("Labour Minister", "Health Secretary"), and a body's
     * field before an organisation word: "Labour Party", "Environment Agency", "Health Ministry".
     */
    private static final Set<String> FIELDS = Set.of("foreign", "interior", "finance", "health", "economy",
            "economic", "trade", "transport", "environment", "labour", "labor", "education", "justice", "defence",
            "defense");

    /**
     * A field's title word followed by an organisation word that is no title, or in a short name
     * that one ends: "Environment Agency", "Labour Party", "Environment Protection Agency" (not
     * "Former Bank of England governor").
     */
    static boolean fieldOfOrganisation(Span c, int from, int to) {
        return from + 1 < to && FIELDS.contains(c.lower(from)) && (orgWord(c, from + 1)
                // "Environment Protection Agency": the organisation word ends a short name
                || to - from <= 4 && orgWord(c, to - 1));
    }

    private static boolean orgWord(Span c, int i) {
        return c.has(i, Gazetteer.ORG_KEYWORD) && !c.has(i, Gazetteer.TITLE);
    }

    /** "Procter & Gamble", "Marks & Spencer": an ampersand joins one name, unless it lists two known ones. */
    static boolean ampersandInName(Span c, int from, int and, int to) {
        return c.lower(and).equals("&") && !(c.isKnown(from, and) && c.isKnown(and + 1, to));
    }

    /**
     * A second name after "and": a known one ("Port of Antwerp-Bruges and ENGIE") or, after a single
     * word, one that opens with a nationality ("IndiGo and Turkish Airlines"; not "Scottish and Southern Energy").
     */
    static boolean secondNameAfterAnd(Span c, int from, int and, int to, boolean oneWordBefore) {
        return and - from >= 2 && c.isKnown(and + 1, to) || oneWordBefore && to - and >= 3
                && c.has(and + 1, Gazetteer.DEMONYM) && !c.has(from, Gazetteer.DEMONYM)
                // "Union und SPD", "Labour and SNP": one word, then a listed body's one-word name
                || and == from + 1 && to - and == 2 && c.has(and + 1, Gazetteer.ORGANIZATION);
    }
}
