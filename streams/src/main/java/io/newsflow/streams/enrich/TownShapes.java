package io.newsflow.streams.enrich;

/**
 * The shapes that make one word a town's or a place's name when no list holds it: an ending that town names have
 * across Europe and beyond ("-shire", "-bury", "-dorf", "-ingen", "-havn", "-ville"), and in German a district's noun
 * right before the name ("im Stadtteil Stammheim").
 */
final class TownShapes {

    private TownShapes() {
    }

    private static final String[] PLACE_SUFFIXES = {"shire", "mouth", "chester", "borough", "bury", "hausen",
        "dorf", "burg", "bourg", "stadt", "ingen", "havn", "hamn", "köping", "holm", "fjord", "polis", "abad",
        "grad", "ville", "pur", "haven", "nagar", "wadi",
        // quays: "Wilhelminakade", "Burchardkai", "Scheldekaai"
        "kade", "kai", "kaai",
        // Dutch dikes and dams' roads, and squares: "de Afsluitdijk", "het Museumplein"
        "dijk", "plein",
        // Scandinavian harbours and stations with their article: "Skandiahamnen", "Nordhavnen", "Centralstationen"
        "hamnen", "havnen", "stationen", "stasjonen",
        // Nordic tunnels with their article ("Citytunneln"), and English towns in one word ("Butetown", "Georgetown")
        "tunneln", "tunnelen", "town",
        // forests and the uplands named after them: "im Westerwald", "Odenwald", "Schwarzwald"
        "wald"};

    /**
     * "Boston Spa", "Leamington Spa": a listed place's name and "Spa" is a spa town, not a company (an Italian
     * company's "SpA", which Italian writes "Spa" too: "Aeroporti di Roma Spa").
     */
    static boolean spaTown(Candidate c, String language) {
        return c.size() == 2 && c.word(1).surface().equals("Spa") && !"it".equals(language)
                && c.word(0).has(Gazetteer.PLACE | Gazetteer.TOWN);
    }

    /**
     * A German word with a town's ending ("Schwandorf", "Sigmaringen"), the evidence a German noun
     * needs to be a place; not "-stadt", which ends common nouns too ("Bundeshauptstadt", "Altstadt").
     */
    static boolean germanTown(String lower) {
        // (and Bavaria's and Swabia's "-ried", a clearing: "Aretsried", "Geretsried"; no ending elsewhere, "worried")
        return (townEnding(lower) || lower.length() > 6 && lower.endsWith("ried") || prefixedTown(lower)) && !lower.endsWith("stadt");
    }

    /** A town's upper, lower, new or old part, named by a prefix and the listed town: "in Oberwinterthur", "Niederwangen". */
    private static final String[] TOWN_PREFIXES = {"ober", "unter", "nieder", "neu", "alt"};

    private static boolean prefixedTown(String lower) {
        for (String prefix : TOWN_PREFIXES) {
            if (lower.length() > prefix.length() + 3 && lower.startsWith(prefix)
                    && (Gazetteer.get().flags(lower.substring(prefix.length())) & Gazetteer.TOWN) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Endings that mark town names across Europe and beyond (-shire, -bury, -burg, -dorf, -ingen,
     * -havn, -hamn, -köping, -ville, -abad, ...): a default when nothing else types a single word.
     * A person still needs evidence first, and coreference with a full name overrides a default.
     */
    static boolean townEnding(String lower) {
        for (String suffix : PLACE_SUFFIXES) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** German nouns for a town's part, written before its name: "im Stadtteil Stammheim", "im Ortsteil Dimaro". */
    private static final WordSet DISTRICTS = WordSet.of("stadtteil", "ortsteil", "stadtbezirk", "bezirk", "ortschaft",
            "bezirken", "stadtteilen", "ortsteilen", "bezirke", "stadtteile", // plural: "in den Berliner Bezirken Spandau und ..."
            "gemeindeteil", "stadtviertel", "vorort",
            // a town beside the one the text is about: "die Nachbarstadt Wilhelmshaven", "die Nachbargemeinde Zetel"
            "nachbarstadt", "nachbargemeinde", "nachbarort",
            // Swiss cantons' plural before their names: "in den Kantonen Zug, Aargau und Basel-Stadt" (one "Kanton Zürich"
            // is its government's name, a body)
            "kantonen");

    /** A German noun for a town's part ("Bezirk"), before the part's name. */
    static boolean districtNoun(String lower) {
        return DISTRICTS.contains(lower);
    }

    /** "im Stadtteil Stammheim": one word after a German district's noun, a cue as strong as a town's ending. */
    static boolean afterDistrict(Candidate c) {
        return c.size() == 1 && DISTRICTS.contains(c.previous()) && c.previousWord().capitalised();
    }

    /**
     * A listed town alone after a locative ("in", "nach"; Italian "a", "ad") in a headline, which no curated list holds: the
     * place ("Mercatini di Natale, a Trento treni speciali").
     */
    static boolean afterLocative(Tokens tokens, int i, Word word, String language) {
        if (i == 0 || !word.has(Gazetteer.TOWN) || word.stopIn(EntityExtractor.stopLanguages(language))
                || i + 1 < tokens.size() && tokens.word(i + 1).capitalised()) {
            return false;
        }
        Word before = tokens.word(i - 1);
        return before.hasClass(Word.LOCATIVE) || PlaceCues.italianAt(before.lower(), language);
    }

    private static final WordSet COMPASS_TAILS = WordSet.of("west", "oost", "noord", "zuid", "ost", "nord", "süd", "north",
            "south", "east", "sud", "centrum", "zentrum", "mitte");

    /** "Nieuw-West", "Amsterdam-Noord", "Berlin-Mitte": a hyphenated name closed by a compass point names a town's district. */
    static boolean compassDistrict(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 1 && hyphen < word.length() - 2 && COMPASS_TAILS.contains(word.substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
