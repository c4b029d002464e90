package io.newsflow.streams.enrich;

/**
 * Streets, squares and quays told by their shape where nothing lists them: German names ending in "-straße", "-gasse"
 * or "-platz" ("an der Kaiserstraße", "am Heldenplatz"; not the kinds of street or "Platz" that name none, as
 * "Landstraße" and "Arbeitsplatz"), Dutch names after "aan de", "op de" or "langs de" ("aan de Vaartkom"), and Romance
 * names with their kind in lower case ("place Kléber", "piazza Bra", "calle Larios", "calle de Toledo").
 */
final class StreetNames {

    private StreetNames() {
    }

    /** Dutch prepositions before "de" or "het" and a place's name: "aan de Vaartkom", "langs de Coupure", "op de Dam". */
    private static final WordSet DUTCH_PLACE_PREPOSITIONS = WordSet.of("aan", "op", "langs");

    /** "aan de Vaartkom": in Dutch, an unknown name after such a preposition and its article is a place. */
    static boolean afterDutchPlacePreposition(Candidate c) {
        return !c.initial() && (c.previous().equals("de") || c.previous().equals("het"))
                && DUTCH_PLACE_PREPOSITIONS.contains(c.beforePrevious()) && !c.word(0).has(Gazetteer.ORG_KEYWORD); // not "aan de Kamer"
    }

    /** German street and square names' endings: "in der Hofstallgasse", "an der Kaiserstraße", "am Heldenplatz". */
    private static final String[] STREET_ENDINGS = {"gasse", "straße", "strasse", "platz"};
    /**
     * Kinds of street and of "Platz", no street's or square's name: "in einer Sackgasse", "auf der Landstraße", "am
     * Arbeitsplatz", "auf dem Parkplatz".
     */
    private static final WordSet STREET_KINDS = WordSet.of("sackgasse", "landstraße", "bundesstraße", "seitenstraße",
            "kantonsstrasse", "kantonsstraße", "staatsstraße", "kreisstraße", "gemeindestraße", "gemeindestrasse",
            "nebenstraße", "einkaufsstraße", "hauptverkehrsstraße", "umgehungsstraße", "ortsdurchfahrt", "autostraße",
            "fußgängerstraße", "wohnstraße", "gasse", "straße", "strasse", "platz", "arbeitsplatz", "parkplatz",
            "spielplatz", "sportplatz", "studienplatz", "ausbildungsplatz", "kitaplatz", "pflegeplatz", "stellplatz",
            "campingplatz", "flugplatz", "sitzplatz", "liegeplatz", "bauplatz", "standplatz", "schauplatz", "tabellenplatz",
            "stammplatz", "startplatz", "abstellplatz", "lagerplatz", "rastplatz", "sammelplatz", "treffplatz",
            // a market's or a business's place: "Umschlagplatz", "der Finanzplatz Zürich", "Werkplatz Schweiz"
            "umschlagplatz", "handelsplatz", "finanzplatz", "werkplatz", "wirtschaftsplatz", "bankenplatz", "börsenplatz",
            "industrieplatz", "logistikplatz", "festplatz", "zeltplatz", "golfplatz", "tennisplatz");

    /** Squares named for their market ("auf dem Hauptmarkt"), not the many markets that are none ("Arbeitsmarkt"). */
    private static final WordSet MARKET_SQUARES = WordSet.of("hauptmarkt", "altmarkt", "neumarkt", "heumarkt", "domplatz");

    /** "in der Hofstallgasse": a German street's name (the kind of street alone is none). */
    static boolean germanStreet(Word word) {
        String lower = word.lower();
        if (MARKET_SQUARES.contains(lower)) {
            return true;
        }
        for (String ending : STREET_ENDINGS) {
            if (lower.endsWith(ending)) {
                return !STREET_KINDS.contains(lower);
            }
        }
        return false;
    }

    /**
     * The kinds of street and square the Romance languages write in lower case before the name: "la place Kléber", "in
     * piazza Bra", "en la calle Larios", "na rua Augusta"; each language's own ("via" is a street only in Italian).
     */
    private static final WordSet FRENCH_KINDS = WordSet.of("rue", "place", "avenue", "boulevard", "quai", "allée",
            "impasse", "esplanade", "parvis", "stade", // and stadiums: "le stade Pierre-Mauroy"
            "aiguille", "pic"); // and mountains' peaks: "l'aiguille du Midi", "le pic du Midi" (not "col": a colonel's title)
    private static final WordSet ITALIAN_KINDS = WordSet.of("via", "piazza", "viale", "corso", "piazzale", "vicolo", "lungomare",
            "stadio");
    private static final WordSet SPANISH_KINDS = WordSet.of("calle", "avenida", "plaza", "paseo", "ronda", "glorieta", "estadio");
    private static final WordSet PORTUGUESE_KINDS = WordSet.of("rua", "avenida", "praça", "largo", "travessa", "alameda", "estádio");
    /** Whether the lower-case word is a kind of street or square in one of the Romance languages ("plaza", "rue"). */
    static boolean isKind(String lower) {
        return SPANISH_KINDS.contains(lower) || FRENCH_KINDS.contains(lower) || ITALIAN_KINDS.contains(lower)
                || PORTUGUESE_KINDS.contains(lower);
    }

    private static final int FRENCH = 1 << Languages.index("fr");
    private static final int ITALIAN = 1 << Languages.index("it");
    private static final int SPANISH = 1 << Languages.index("es");
    private static final int PORTUGUESE = 1 << Languages.index("pt");

    /**
     * Where a street's or square's name starts when its kind stands in lower case right before the capitalised span at
     * i in a Romance text ("place Kléber" for "Kléber"); else i. Not in English: "took place Tuesday".
     */
    static int romanceStart(String text, Tokens tokens, int i, int stopLanguages) {
        if (i < 1 || (stopLanguages & (FRENCH | ITALIAN | SPANISH | PORTUGUESE)) == 0) {
            return i;
        }
        WordSet kinds = kinds(stopLanguages);
        if (kindBefore(text, tokens, i, kinds)) {
            return i - 1;
        }
        // "la calle de Toledo", "la rue de Rivoli", "la piazza della Signoria": the kind, its "of", then the name
        // (streets and squares only: "ao largo do Namibe" is off its coast, "lo stadio di San Siro" is named San Siro)
        return i >= 2 && STREET_OF.contains(tokens.word(i - 1).lower()) && CandidateFinder.adjacent(text, tokens, i - 1, i)
                && kindBefore(text, tokens, i - 1, STREETS_BEFORE_OF) && kindBefore(text, tokens, i - 1, kinds) ? i - 2 : i;
    }

    /** The kinds that name a street or square with "of" before the name: "calle de Toledo", "rue de Rivoli". */
    private static final WordSet STREETS_BEFORE_OF = WordSet.of("calle", "avenida", "paseo", "plaza", "rue", "avenue",
            "boulevard", "place", "quai", "via", "viale", "piazza", "corso", "rua", "praça", "aiguille", "pic");

    /** The "of" between a street's kind and its name, in the Romance languages. */
    private static final WordSet STREET_OF = WordSet.of("de", "del", "du", "di", "della", "dello", "do", "da", "dos");

    /** A kind of the list in lower case right before token i, with only a space between: "place Kléber", "gemeente Zwolle". */
    static boolean kindBefore(String text, Tokens tokens, int i, WordSet kinds) {
        Word kind = tokens.word(i - 1).withoutElision(); // "l'aiguille du Midi"
        return !kind.capitalised() && kinds.contains(kind.lower()) && CandidateFinder.adjacent(text, tokens, i - 1, i);
    }

    /** A name opened by its street's kind in lower case ({@link #romanceStart}): a place. */
    static boolean kindFirst(Candidate c) {
        return c.size() >= 2 && !c.word(0).capitalised() && (FRENCH_KINDS.contains(c.lower(0)) || ITALIAN_KINDS.contains(c.lower(0))
                || SPANISH_KINDS.contains(c.lower(0)) || PORTUGUESE_KINDS.contains(c.lower(0)));
    }

    private static WordSet kinds(int stopLanguages) {
        return (stopLanguages & FRENCH) != 0 ? FRENCH_KINDS : (stopLanguages & ITALIAN) != 0 ? ITALIAN_KINDS
                : (stopLanguages & SPANISH) != 0 ? SPANISH_KINDS : PORTUGUESE_KINDS;
    }
}
