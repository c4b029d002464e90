package io.newsflow.streams.enrich;

/**
 * Shapes of words inside a capitalised span that {@link SpanCleaner} reads, each a small test on
 * the words' memoised flags: an adjective that names a region, a direction opening a name, a
 * capitalised common word closing one, titles before a person, an organisation's field, an
 * article opening a name.
 */
final class SpanShapes {

    private SpanShapes() {
    }

    /**
     * Adverbs and conjunctions that open a sentence before a name and are no stop words:
     * "Meanwhile Norway is building", "Yet Denmark waits", "Intussen Rotterdam ...".
     */
    static final WordSet SENTENCE_ADVERBS = WordSet.of("meanwhile", "however", "yet", "still", "elsewhere",
            "instead", "moreover", "furthermore", "nevertheless", "nonetheless", "separately", "similarly",
            "likewise", "indeed", "besides", "additionally", "consequently", "thus", "hence", "therefore", "also",
            "overall", "currently", "recently", "finally", "eventually", "initially", "previously", "earlier",
            "later", "today", "yesterday", "tomorrow", "now", "last", "next", "meantime", "already", "although",
            "though", "because", "since", "unless", "until", "whereas", "while", "when", "once", "neighbouring",
            "neighboring", "nearby", "across", "throughout", // "Across Adelaide, ambulances ..."
            "inzwischen", "dennoch", "jedoch", "zudem", "außerdem", "trotzdem", "derweil", "heute", "gestern",
            "cependant", "pourtant", "désormais", "ainsi", "toutefois", "néanmoins", "aujourd'hui", "hier",
            "además", "asimismo", "ahora", "entretanto", "mientras", "hoy", "ayer",
            "intanto", "tuttavia", "inoltre", "invece", "oggi", "ieri",
            "intussen", "ondertussen", "echter", "daarnaast", "bovendien", "vandaag", "gisteren",
            "contudo", "porém", "ainda", "agora", "hoje", "ontem", "obecny", "obecna", "obecne", "były", "była", "byłe",
            "även", "också", "dessutom", "samtidigt", "også", "desuden", "dessuten", "samtidig"); // "Även Folkteatern ..."

    /**
     * "Reederei Color Line", "Gewerkschaft Verdi": in German the noun that describes a body is
     * capitalised and joins the span; the name is what follows it (not "Gewerkschaft der Polizei").
     * A Dutch or German compound for a kind of body does the same in any language's text.
     */
    static boolean germanDescription(Span c, int from, int to) {
        return to - from >= 2 && !c.is(from + 1, Word.CONNECTOR)
                && (c.capitalisedNouns && ContextCues.germanDescription(c.lower(from)) || CompoundNouns.description(c.lower(from)))
                // "Hafen-Entwicklungsgesellschaft Rostock", "Havenbedrijf Rotterdam", "Justizvollzugsanstalt Stuttgart":
                // a compound kind and its town are the body's own name; so is an association's region ("Weinbauverband Mosel")
                && !((c.lower(from).endsWith("gesellschaft") || c.lower(from).endsWith("anstalt") || c.lower(from).endsWith("verband")
                        || CompoundNouns.description(c.lower(from)))
                        && c.has(from + 1, Gazetteer.PLACE | Gazetteer.TOWN));
    }

    /**
     * "Angaben der Seehafen Kiel GmbH", "CO2-Abgabe der Europäischen Union": in German a common noun
     * and its genitive article open the span before a body's name (an organisation word after the
     * article, or a two-word body's name, {@link AdjectiveBodies} or {@link CityBodies}; none in the
     * noun: not "Institut der deutschen Wirtschaft").
     */
    static boolean germanNounBeforeGenitive(Span c, int from, int to) {
        if (!c.capitalisedNouns || to - from < 3 || !(c.lower(from + 1).equals("der") || c.lower(from + 1).equals("des"))) {
            return false;
        }
        // "Terminals der HHLA": an acronym after the article is a body's name, whatever the noun
        boolean acronym = c.is(from + 2, Word.ALL_CAPS) && !c.is(from, Word.ALL_CAPS);
        if (c.has(from, Gazetteer.GIVEN_NAME | Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN | Gazetteer.TITLE)
                || !acronym && c.has(from, Gazetteer.ORG_KEYWORD)) {
            return false;
        }
        for (int k = from + 2; k < to; k++) {
            // "im Schnitt der Eurozone", "die Hauptstadt der Schweiz": a listed place after the article too
            // "Präsidentin der Bundesvereinigung Deutscher Apothekerverbände": a federal body's compound too
            if (c.has(k, Gazetteer.ORG_KEYWORD | Gazetteer.ORGANIZATION | Gazetteer.PLACE) || c.is(k, Word.FEDERAL_BODY)) {
                return true;
            }
        }
        // "Angaben des Statistischen Bundesamts", "Sprecher der Berliner Verkehrsbetriebe": a body's name of two words;
        // "Verkauf der Marinesparte Naval Vessels Lürssen": a description, then the name
        return acronym || SpanParts.germanBodyPair(c, from + 2, to) || germanDescription(c, from + 2, to)
                || GermanBodyNouns.withMembers(c, from + 2, to) // "Präsident des Verbandes der Automobilindustrie"
                || GermanBodyNouns.withField(c, from + 2, to); // "Werte des Landesamts für Denkmalpflege"
    }


    /**
     * "South Asian", "Latin American", "Central European": an adjective, not a name (it
     * mentions its region: {@link PlaceAdjectives}).
     */
    static boolean regionalAdjective(Span c, int from, int to) {
        if (!c.has(to - 1, Gazetteer.DEMONYM)) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (!c.has(k, Gazetteer.DEMONYM) && !PlaceAdjectives.DIRECTIONS.contains(c.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Northern Lights", "Southern Water": a direction word opening a name that is no place and
     * no adjective; kept, where "Northern Chinese" or "Northern Sweden" lose it.
     */
    static boolean directionOfName(Span c, int from, int to) {
        return from + 1 < to && PlaceAdjectives.DIRECTIONS.contains(c.lower(from))
                && (!c.has(from + 1, Gazetteer.PLACE | Gazetteer.DEMONYM | Gazetteer.DEMONYM_START | Gazetteer.TOWN)
                    // "in Western Sydney", "for Western Canada": a capitalised direction inside a sentence names the region
                    || c.lower(from).endsWith("ern") && !c.tokens.initial(from) && c.has(from + 1, Gazetteer.PLACE | Gazetteer.TOWN));
    }

    /**
     * A capitalised stop word that closes a name after a connector: "Puertos del *Estado*" (Spanish's
     * stop list holds "estado", of "estar"); or a possessive after a name: "Italia *Nostra*".
     */
    static boolean nameEnd(Span c, int from, int k) {
        return k - 1 > from && c.is(k - 1, Word.CONNECTOR) && c.memo(k).capitalised() && !c.is(k, Word.CONNECTOR)
                || k > from && !c.tokens.initial(k) && POSSESSIVES.contains(c.word(k)); // "Italia Nostra"
    }

    /** Romance possessives, stop words, that close a body's name capitalised: "Italia Nostra". */
    private static final WordSet POSSESSIVES = WordSet.of("Nostra", "Nostro", "Nuestra", "Nuestro", "Nossa", "Nosso", "Notre");

    /**
     * Where the person starts after a run of titles from word {@code k} ("Chief Executive Officer
     * *Rolf* Habben Jansen"), or -1: only title words, none naming an organisation, then a given name
     * or two or three words without an organisation, place or title word.
     */
    static int personAfterTitles(Span c, int k, int to) {
        int j = k;
        while (j < to && c.has(j, Gazetteer.TITLE) && !c.has(j, Gazetteer.ORG_KEYWORD)) {
            j++;
        }
        if (j == k || j >= to - 1) {
            return -1;
        }
        // a given name, or two or three words that name nothing else ("Fed Chair *Jerome Powell*": a town's name)
        boolean plainName = to - j <= 3;
        for (int m = j; m < to && plainName; m++) {
            plainName = !c.has(m, Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD | Gazetteer.TITLE) && !c.is(m, Word.CONNECTOR);
        }
        return c.has(j, Gazetteer.GIVEN_NAME) || plainName ? j : -1;
    }

    /**
     * "International Association of Machinists and Aerospace Workers": the "and" joins the words
     * after an organisation's "of", when what follows it names nothing by itself (no organisation or
     * place word, not a known name, as "Bank of England and Barclays" would).
     */
    static boolean andInComplement(Span c, int from, int and, int to, boolean knownAfter) {
        if (knownAfter) {
            return false;
        }
        for (int m = and + 1; m < to; m++) {
            if (c.has(m, Gazetteer.ORG_KEYWORD | Gazetteer.PLACE | Gazetteer.ORGANIZATION)) {
                return false;
            }
        }
        for (int m = from; m + 1 < and; m++) {
            if (c.has(m, Gazetteer.ORG_KEYWORD) && c.is(m + 1, Word.CONNECTOR)) {
                return true;
            }
        }
        return false;
    }
}
