package io.newsflow.streams.enrich;

import java.util.List;

/**
 * A capitalised word that opens a sentence before a name and is no part of it, which
 * {@link SpanCleaner} drops: a common noun before a name in capitals or a listed one ("Shipbrokers
 * BRS said", "Rival Maersk has"; not "Statistics Canada" or "Lake Geneva"), and a preposition or
 * noun before a given name or a connector ("Selon Sophie Garnier", "Onderzoekers van Deltares",
 * "Shares of Siemens Energy"), and a Scandinavian noun's definite form before a name ("Tillverkaren Lyten").
 */
final class SpanOpeners {

    private SpanOpeners() {
    }

    /** German nouns for a site or an area before a place's name, no part of it: "Standorte Bochum", "Raum Stuttgart". */
    private static final WordSet AREA_NOUNS = WordSet.of("standorte", "raum", "großraum", "stadtteil",
            "stadtteile", "werke"); // and every "-standort": "den Industriestandort Oberösterreich"

    /** Prepositions that open a sentence before a name: "Selon Vigicrues", "Según Codelco", "Laut Verdi". */
    private static final WordSet OPENING_PREPOSITIONS = WordSet.of("selon", "según", "segun", "secondo",
            "volgens", "laut", "gemäß", "d'après", "segundo", "conforme", "according", "ifølge", "enligt", "według");

    /** Whether the lower-case word is a preposition that opens a sentence before a name ("Según"). */
    static boolean openingPreposition(String lower) {
        return OPENING_PREPOSITIONS.contains(lower);
    }

    /** Where the name starts once such an opener at {@code from} is skipped, or {@code from}. */
    static int skip(Span c, int from, int to, boolean initial, boolean orgKeyword) {
        if (to - from == 2 && c.word(from).equals("Co") && c.stopLanguages == SpanParts.ENGLISH_STOPS && !c.isKnown(from, to)) {
            return from + 1; // "the Parteen Basin in Co Tipperary": Ireland's abbreviated "County", then its name
        }
        if (c.capitalisedNouns && to - from >= 2 && (AREA_NOUNS.contains(c.lower(from)) || c.lower(from).endsWith("standort")
                    || TownShapes.districtNoun(c.lower(from))) // "im Bezirk Simmering", a listed district
                && c.has(from + 1, Gazetteer.PLACE | Gazetteer.TOWN)) {
            return from + 1; // "die Standorte Bochum und Kreuztal", "im Raum Stuttgart", "den Innovationsstandort Schweiz"
        }
        if (c.capitalisedNouns && to - from >= 3 && TownShapes.districtNoun(c.lower(from + 1)) && CityBodies.placeAdjective(c.memo(from))) {
            return from + 2; // "in den Berliner Bezirken Spandau und Reinickendorf": the town's adjective, its districts' noun
        }
        if (!initial) {
            return c.capitalisedNouns ? roleBeforeGivenName(c, from, to) : from;
        }
        if (to - from >= 2 && openingPreposition(c.lower(from)) && !c.is(from + 1, Word.AND)) {
            // "Según Servicios de Agua y Drenaje de Monterrey, ...": the name follows, "and" and all
            int name = from + 1;
            while (name < to - 1 && c.is(name, Word.ARTICLE)) {
                name++;
            }
            return name;
        }
        if (to - from >= 2 && definiteAgentNoun(c, from)) {
            return from + 1; // "Tillverkaren Lyten köper ...", "Konkursförvaltaren Mikael Kubu": the role, then the name
        }
        if (to - from == 2 && NordicNames.endsIn(c.lower(from), DUTCH_DESCRIPTIONS, 4) && !c.isKnown(from, to)
                && !c.has(from + 1, Gazetteer.ORG_KEYWORD | Gazetteer.PLACE | Gazetteer.TOWN)) {
            return from + 1; // "Woningcorporatie Ymere verkoopt ...", "Netbeheerder Alliander": what the body is, then its name
        }
        if (to - from == 2 && (c.is(from + 1, Word.ALL_CAPS) || c.has(from + 1, Gazetteer.ORGANIZATION)
                // "Rival WestJet settled", "Carrier WestJet": a kind of company, then a brand in camel case
                || (c.is(from, Word.DESCRIPTOR) || c.lower(from).equals("rival")) && OneWordClassifier.hasInnerCapital(c.word(from + 1)))
                && !c.is(from, Word.ALL_CAPS)
                && !c.has(from + 1, Gazetteer.ORG_KEYWORD) // "Hapag-Lloyd AG is ...": a legal form, not a name
                && !c.has(from, Gazetteer.GIVEN_NAME | Gazetteer.PLACE | Gazetteer.ORG_KEYWORD | Gazetteer.TOWN
                        | Gazetteer.PLACE_KEYWORD) // not "Lake Geneva"
                && !c.isKnown(from, to) && !c.isKnown(from, from + 1)) {
            return from + 1;
        }
        if (to - from >= 3 && !c.has(from, Gazetteer.GIVEN_NAME) && !c.isKnown(from, from + 1)
                && (c.has(from + 1, Gazetteer.GIVEN_NAME)
                    || (c.is(from + 1, Word.CONNECTOR) && !c.is(from + 1, Word.AND)
                        && (!orgKeyword || pluralOfCommonNoun(c, from)) && SpanParts.nameAfter(c, from + 2, to)))) {
            int name = from + 1;
            while (name < to && c.is(name, Word.CONNECTOR) && !opensName(c, name, to)) { // "Zwemvereniging De Zwaluw"
                name++;
            }
            return name;
        }
                return from;
    }

    /**
     * German capitalises every noun, so a role noun joins the name after it anywhere in a sentence:
     * "sein Amtskollege Matteo Salvini", "Parteikollege Olaf Scholz". A word that is no given name, no
     * listed name and no place or organisation word, before a given name and a surname, is left out.
     */
    private static int roleBeforeGivenName(Span c, int from, int to) {
        return to - from >= 3 && c.has(from + 1, Gazetteer.GIVEN_NAME) && !c.isKnown(from, from + 1)
                && !c.has(from, Gazetteer.GIVEN_NAME | Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.ORGANIZATION
                        | Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD) ? from + 1 : from;
    }

    /**
     * A government's word, which names no body of its own: "Gobierno", "Regierung", "governo"; and a region's, alone ("la
     * presidente della Regione"; "la Regione Sardegna" is named by its place).
     */
    private static final WordSet GOVERNMENTS = WordSet.of("government", "gobierno", "gouvernement", "governo", "regierung",
            "regering", "regjeringen", "regeringen", "rząd", "administration", "regione", "région", "región", "região");

    /** Whether the lower-case word is a government's ("gobierno"): it names no body of its own. */
    static boolean government(String lower) {
        return GOVERNMENTS.contains(lower);
    }

    /**
     * Where the person starts in "el Gobierno de Javier Milei", "le Gouvernement de François Bayrou": a government's
     * word, "of", then a name opened by a listed given name; else {@code from}.
     */
    static int governmentOfPerson(Span c, int from, int to) {
        return to - from >= 4 && GOVERNMENTS.contains(c.lower(from)) && c.is(from + 1, Word.OF_OR_FOR)
                && c.has(from + 2, Gazetteer.GIVEN_NAME) && !c.isKnown(from, to) ? from + 2 : from;
    }

    /** Dutch compounds that say what kind of body the name after them is: "woningcorporatie", "netbeheerder". */
    private static final List<String> DUTCH_DESCRIPTIONS = List.of("corporatie", "coöperatie", "organisatie", "bedrijf",
            "beheerder", "maatschappij");

    private static final List<String> DEFINITE_NOUN_ENDINGS = List.of("företaget", "bolaget", "koncernen", "konsernet",
            "rederiet", "selskapet", "selskabet", "rådet", "ministern", "ministeren", "chefen", "sjefen",
            "biblioteket", "museet"); // "Hovedbiblioteket Dokk1": a library's or museum's noun before its name

    /**
     * A Scandinavian agent noun in its definite form ("tillverkaren", "förvaltaren", "direktøren", "producenten"):
     * nouns are written in lower case there, so capitalised it only opens the sentence.
     */
    private static boolean definiteAgentNoun(Span c, int from) {
        String w = c.lower(from);
        return w.length() >= 7 && (w.endsWith("aren") || w.endsWith("eren") || w.endsWith("ören") || w.endsWith("øren")
                || w.endsWith("enten") // "producenten", "presidenten"
                // a company's, an office's or a library's noun, definite: "Byggföretaget Skanska", "Regionrådet Per Holmgren"
                || DEFINITE_NOUN_ENDINGS.stream().anyMatch(w::endsWith))
                && !c.is(from, Word.ALL_CAPS) && !c.isKnown(from, from + 1)
                && !c.has(from, Gazetteer.GIVEN_NAME | Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN
                        | Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD);
    }

    /**
     * "Shares of Siemens Energy", "Residents of Hamburg and Members of Parliament": a plural no list
     * holds opens the sentence, also before a body's name; not "Bank of England", "Port of Cork".
     */
    private static boolean pluralOfCommonNoun(Span c, int from) {
        String w = c.lower(from);
        return w.length() > 4 && w.endsWith("s") && !c.is(from, Word.ALL_CAPS)
                && !c.has(from, Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD | Gazetteer.PLACE | Gazetteer.ORGANIZATION
                        | Gazetteer.TOWN | Gazetteer.GIVEN_NAME);
    }

    /**
     * A capitalised article or number word inside a sentence opens a name rather than a noun phrase:
     * "in Genoa and La Spezia", "near Le Havre", "la refinería de Dos Bocas", "Three Mile Island".
     */
    static boolean nameArticle(Span c, int from, int to, boolean initial) {
        return !initial && to - from > 1 && (c.is(from, Word.ARTICLE) || NUMBER_WORDS.contains(c.lower(from)))
                && Character.isUpperCase(c.word(from).charAt(0));
    }

    /** Small numbers, which stop lists hold and place names open ("Dos Hermanas", "Tre Cime", "Deux-Sèvres"). */
    private static final WordSet NUMBER_WORDS = WordSet.of("two", "three", "four", "five", "seven", "dos", "tres", "cuatro",
            "cinco", "siete", "due", "tre", "quattro", "cinque", "sette", "deux", "trois", "quatre", "cinq", "duas",
            "três", "zwei", "drei", "vier", "sieben", "twee", "drie");

    /**
     * "selskabet By & Havn": a word before an ampersand that joins two capitalised words opens a name, though
     * English's stop list (which news in any language quotes) holds it ("by").
     */
    private static boolean beforeAmpersand(Span c, int k, int to) {
        return k + 2 < to && c.word(k + 1).equals("&");
    }

    /**
     * A stop word that opens the name after it: before an ampersand ({@link #beforeAmpersand}), or a Danish or Norwegian
     * article before a definite adjective and a noun, a body's or a building's own name ("Det Kongelige Teater", "Den
     * Norske Opera", "Det Danske Filminstitut"), even opening a sentence; and "Den" capitalised inside a sentence, where
     * no language writes its article so: a Dutch town's ("in Den Oever", "Den Helder"), and so Dutch "De" and "Het", a
     * body's, a paper's or a surname's own ("zwemvereniging De Zwaluw", "volgens De Telegraaf", "premier De Wever").
     */
    static boolean opensName(Span c, int k, int to) {
        return beforeAmpersand(c, k, to) || k + 2 < to && (c.word(k).equals("Det") || c.word(k).equals("Den"))
                && c.word(k + 1).length() > 3 && c.word(k + 1).endsWith("e") && c.memo(k + 1).capitalised() && c.memo(k + 2).capitalised()
                || k + 1 < to && INSIDE_SENTENCE_ARTICLES.contains(c.word(k)) && !c.tokens.initial(k) && c.memo(k + 1).capitalised()
                // "São João da Pesqueira", "São Pedro do Sul": a saint's name opens a place's, not the verb "são" ("are")
                || k + 1 < to && c.word(k).equals("São") && c.memo(k + 1).capitalised();
    }

    /** Articles that, capitalised inside a sentence, open a name ({@link #opensName}). */
    private static final java.util.Set<String> INSIDE_SENTENCE_ARTICLES = java.util.Set.of("Den", "De", "Het");
}
