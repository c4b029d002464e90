package io.newsflow.streams.enrich;

/**
 * Streets, squares and quays told by their shape where nothing lists them: German names ending in "-straße", "-gasse"
 * or "-platz" ("an der Kaiserstraße", "am Heldenplatz"; not the kinds of street or "Platz" that name none, as
 * "Landstraße" and "Arbeitsplatz"), Dutch names after "aan de", "op de" or "langs de" ("aan de Vaartkom"), and French
 * names with their kind in lower case ("place Kléber").
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
            "nebenstraße", "einkaufsstraße", "hauptverkehrsstraße", "umgehungsstraße", "ortsdurchfahrt", "autostraße",
            "fußgängerstraße", "wohnstraße", "gasse", "straße", "strasse", "platz", "arbeitsplatz", "parkplatz",
            "spielplatz", "sportplatz", "studienplatz", "ausbildungsplatz", "kitaplatz", "pflegeplatz", "stellplatz",
            "campingplatz", "flugplatz", "sitzplatz", "liegeplatz", "bauplatz", "standplatz", "schauplatz", "tabellenplatz",
            "stammplatz", "startplatz", "abstellplatz", "lagerplatz", "rastplatz", "sammelplatz", "treffplatz",
            // a market's or a business's place: "Umschlagplatz", "der Finanzplatz Zürich", "Werkplatz Schweiz"
            "umschlagplatz", "handelsplatz", "finanzplatz", "werkplatz", "wirtschaftsplatz", "bankenplatz", "börsenplatz",
            "industrieplatz", "logistikplatz", "festplatz", "zeltplatz", "golfplatz", "tennisplatz");

    /** "in der Hofstallgasse": a German street's name (the kind of street alone is none). */
    static boolean germanStreet(Word word) {
        String lower = word.lower();
        for (String ending : STREET_ENDINGS) {
            if (lower.endsWith(ending)) {
                return !STREET_KINDS.contains(lower);
            }
        }
        return false;
    }

    /** French kinds of street and square, written in lower case before the name: "la place Kléber", "avenue Foch". */
    private static final WordSet FRENCH_KINDS = WordSet.of("rue", "place", "avenue", "boulevard", "quai", "allée",
            "impasse", "esplanade", "parvis");
    private static final int FRENCH = 1 << Languages.index("fr");

    /**
     * Where a French street's or square's name starts when its kind stands in lower case right before the capitalised
     * span at i ("place Kléber" for "Kléber"); else i. French text only: "took place Tuesday" is English.
     */
    static int frenchStart(String text, Tokens tokens, int i, int stopLanguages) {
        if (i < 1 || (stopLanguages & FRENCH) == 0) {
            return i;
        }
        Word kind = tokens.word(i - 1);
        return !kind.capitalised() && FRENCH_KINDS.contains(kind.lower()) && CandidateFinder.adjacent(text, tokens, i - 1, i)
                ? i - 1 : i;
    }
}
