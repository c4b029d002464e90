package io.newsflow.streams.enrich;

import java.util.List;

/**
 * German names many a city's body with the city's adjective and a noun for the kind of body:
 * "Münchner Verkehrsgesellschaft", "Berliner Verkehrsbetriebe", "Hamburger Hochbahn", "Frankfurter
 * Rundschau", "Berliner Senat". Every noun is capitalised there, so the two words alone are no
 * evidence of a name; this pair is: an adjective in "-er" made from a listed place or town
 * ("Münchner" from München, "Kölner" from Köln, "Bremer" from Bremen) and a noun ending in a
 * body's head ("-gesellschaft", "-betriebe", "-zeitung", "Senat"). Not after an indefinite article:
 * "eine Berliner Bank" is some bank in Berlin. Only the nominative forms of the heads are read,
 * so an inflected form ("des Berliner Senats") stays as it was. The same noun before its town, region
 * or compass part names a body too ("Kreiskliniken Reutlingen", "Klinikverbund Südwest",
 * "Verkehrsverbund Rhein-Ruhr"); before a listed place the span's place is evidence enough already.
 */
final class CityBodies {

    private static final int PLACES = Gazetteer.PLACE | Gazetteer.TOWN;
    private static final List<String> HEADS = List.of("gesellschaft", "betriebe", "werke", "bank", "kasse",
            "verband", "verein", "bahn", "zeitung", "rundschau", "morgenpost", "anzeiger", "nachrichten", "abendblatt",
            "senat", "polizei", "feuerwehr", "messe", "börse", "staatsanwaltschaft", "gericht", "philharmoniker",
            "universität", "hochschule", "klinikum", "stiftung", "gewerkschaft", "versicherung", "brauerei",
            "kliniken", "verbund", "festspiele", "krankenhaus", "bibliothek", "museum", "theater", "archiv", // "Stadtbibliothek Luzern"
            "oper", "ballett", // "Wiener Staatsoper"
            "anstalt"); // "Justizvollzugsanstalt Stuttgart": a prison named for its town
    /** A region's compass part after a body's noun: "Klinikverbund Südwest", "Sparkasse Mitte". */
    private static final WordSet COMPASS = WordSet.of("nord", "süd", "ost", "west", "nordost", "nordwest", "südost",
            "südwest", "mitte");

    private CityBodies() {
    }

    /**
     * Words from..to-1 of the span are a city's adjective and a body's noun ("Münchner Verkehrsgesellschaft"),
     * or the noun and its town or region ("Kreiskliniken Reutlingen").
     */
    static boolean named(Span span, int from, int to) {
        return to - from == 2 && (pair(span.memo(from), span.memo(from + 1)) || ofPlace(span.memo(from), span.memo(from + 1)))
                && (from == 0 || !GermanBodyNouns.INDEFINITE.contains(span.tokens.word(from - 1).lower()));
    }

    /** The candidate is a city's adjective and a body's noun, or the noun and its town, not after an indefinite article. */
    static boolean is(Candidate c) {
        return c.size() == 2 && (pair(c.word(0), c.word(1)) || ofPlace(c.word(0), c.word(1)))
                && !GermanBodyNouns.INDEFINITE.contains(c.previous());
    }

    /**
     * "Kreiskliniken Reutlingen", "Klinikverbund Südwest", "Verkehrsverbund Rhein-Ruhr": a body's noun, then its place; after
     * a town's or district's own body ("Stadtwerke Hagen", "Kreissparkasse Ludwigsburg") any name is its town, listed or not.
     */
    private static boolean ofPlace(Word noun, Word place) {
        return noun.capitalised() && place.capitalised() && bodyNoun(noun.lower()) && !place.hasClass(Word.ALL_CAPS)
                && (place.has(PLACES) || COMPASS.contains(place.lower()) || regionPair(place.surface())
                        || municipal(noun.lower()) && !CommonNounShapes.isCommonNoun(place));
    }

    /** "Stadtwerke", "Kreissparkasse", "Gemeindewerke": a body's noun that says it is a town's or a district's own. */
    private static boolean municipal(String lower) {
        return lower.startsWith("stadt") || lower.startsWith("kreis") || lower.startsWith("gemeinde");
    }

    /** The two-word candidate is a town's or district's own body and its town: "Stadtwerke Hagen" (Hagen is a town). */
    static boolean townsOwn(Candidate c) {
        return c.size() == 2 && municipal(c.lower(0)) && ofPlace(c.word(0), c.word(1));
    }

    /** "Rhein-Ruhr", "Berlin-Brandenburg": two capitalised parts joined by a hyphen. */
    private static boolean regionPair(String surface) {
        int hyphen = surface.indexOf('-');
        return hyphen >= 3 && hyphen < surface.length() - 3 && surface.indexOf('-', hyphen + 1) < 0
                && Character.isUpperCase(surface.charAt(hyphen + 1)) && Character.isLowerCase(surface.charAt(hyphen - 1));
    }

    private static boolean pair(Word adjective, Word noun) {
        return noun.capitalised() && bodyNoun(noun.lower()) && placeAdjective(adjective);
    }

    private static boolean bodyNoun(String lower) {
        for (String head : HEADS) {
            if (lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** "Münchner", "Berliner", "Bremer": "-er" after a listed place, or after its form without "-en". */
    static boolean placeAdjective(Word word) {
        String surface = word.surface();
        int length = word.length();
        if (length < 5 || !word.capitalised() || word.hasClass(Word.ALL_CAPS) || !surface.endsWith("er")) {
            return false;
        }
        String base = surface.substring(0, length - 2); // "Berlin", "Münchn", "Brem"
        if (Word.of(base).has(PLACES)) {
            return true;
        }
        String withEn = base.endsWith("n") ? base.substring(0, base.length() - 1) + "en" : base + "en";
        return Word.of(withEn).has(PLACES); // "München", "Dresden", "Bremen"
    }
}
