package io.newsflow.streams.enrich;

import java.util.regex.Pattern;

/**
 * Surnames known by their endings: Spanish patronymics ("Martínez", "Núñez", "González"), Slavic,
 * Baltic, Romanian, Greek, Georgian, Armenian, Turkish and Nordic family names ("Petrović",
 * "Kowalski", "Shevchenko", "Popescu", "Papadopoulos", "Kvaratskhelia", "Aslanyan", "Yılmazoğlu",
 * "Gunnarsson", "Lindqvist"). A name of two or three words that ends in one, and that no list or context has
 * typed, is a person's: a footballer from Uruguay has a given name no list holds ("Darwin Núñez").
 * The endings are long enough that towns and companies rarely share them.
 */
final class SurnameShapes {

    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[áéíóú]\\p{Ll}*ez|ñez|nzalez|ndez|rez|"
            + "guez|quez|ovi[cć]|evi[cć]|ski|ska|sky|cki|cka|dzki|czyk|enko|chuk|escu|opoulos|akis|idis|shvili|dze|elia|"
            + "yan|o[gğ]lu|sson|qvist|kvist|sdóttir|ovich|evich|ova|eva)");

    private SurnameShapes() {
    }

    /**
     * "Marjon de Vries", "Pieter van der Berg": in Dutch text a given name, "de" or "van der"/"van den", then a name is a
     * person's, as Dutch places do not take these particles inside ("Hoek van Holland" keeps "van" alone); not when the
     * last word is a listed place.
     */
    static boolean dutchParticleName(Candidate c, String language) {
        if (!"nl".equals(language) || c.word(c.size() - 1).has(Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.ORG_KEYWORD)) {
            return false;
        }
        return c.size() == 3 && c.lower(1).equals("de")
                || c.size() == 4 && c.lower(1).equals("van") && (c.lower(2).equals("der") || c.lower(2).equals("den"));
    }

    /** Whether the candidate is two or three capitalised words whose last has a surname's ending. */
    static boolean endsInSurname(Candidate c) {
        if (c.size() < 2 || c.size() > 3) {
            return false;
        }
        for (int i = 0; i < c.size(); i++) {
            if (c.word(i).hasClass(Word.ALL_CAPS)) {
                return false; // "LNG Hrvatska": an acronym opens a company's name
            }
        }
        Word last = c.word(c.size() - 1);
        // "Poczta Polska": a country's own name is no surname
        return last.hasClass(Word.SURNAME) && !last.has(Gazetteer.PLACE);
    }

    /** Surnames' particles written with a capital inside a name: "Marine Le Pen", "Robert De Niro". */
    private static final WordSet PARTICLES = WordSet.of("Le", "La", "De", "Di", "Da", "Du", "Van",
            "Von", "Del", "Dos");

    /**
     * "Marine Le Pen", "Bruno Le Maire": a capitalised word, a capitalised surname
     * particle and a capitalised word, none a place's or a body's: a person whose given name no list
     * holds ("Marine" is an English word).
     */
    static boolean particleSurname(Candidate c) {
        if (c.size() != 3 || !PARTICLES.contains(c.word(1).surface())) {
            return false;
        }
        int noName = Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD | Gazetteer.TOWN;
        return !c.word(0).has(noName) && !c.word(2).has(noName) && !c.word(0).hasClass(Word.ALL_CAPS)
                && !c.word(2).hasClass(Word.ALL_CAPS);
    }

    /** Whether a word has a surname's ending (the {@link Word#SURNAME} bit, memoised per word). */
    static boolean hasSurnameEnding(String surface) {
        return surface.length() >= 5 && Character.isUpperCase(surface.charAt(0)) && SURNAME.matcher(surface).matches();
    }
}
