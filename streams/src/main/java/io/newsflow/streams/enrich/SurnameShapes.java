package io.newsflow.streams.enrich;

import java.util.regex.Pattern;

/**
 * Surnames known by their endings: Spanish patronymics ("Martínez", "Núñez", "González"), Slavic,
 * Baltic, Romanian, Greek, Georgian, Armenian, Turkish and Nordic family names ("Petrović",
 * "Kowalski", "Shevchenko", "Popescu", "Papadopoulos", "Kvaratskhelia", "Aslanyan", "Yılmazoğlu",
 * "Gunnarsson"). A name of two or three words that ends in one, and that no list or context has
 * typed, is a person's: a footballer from Uruguay has a given name no list holds ("Darwin Núñez").
 * The endings are long enough that towns and companies rarely share them.
 */
final class SurnameShapes {

    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[áéíóú]\\p{Ll}*ez|ñez|nzalez|ndez|rez|"
            + "guez|quez|ovi[cć]|evi[cć]|ski|ska|sky|cki|cka|dzki|czyk|enko|chuk|escu|opoulos|akis|idis|shvili|dze|elia|"
            + "yan|o[gğ]lu|sson|sdóttir|ovich|evich|ova|eva)");

    private SurnameShapes() {
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

    /** Whether a word has a surname's ending (the {@link Word#SURNAME} bit, memoised per word). */
    static boolean hasSurnameEnding(String surface) {
        return surface.length() >= 5 && Character.isUpperCase(surface.charAt(0)) && SURNAME.matcher(surface).matches();
    }
}
