package io.newsflow.streams.enrich;

/**
 * German writes a place's genitive with a bare "-s": "Deutschlands Wirtschaftsminister", "die
 * Regierung Bayerns", "Berlins Bürgermeister"; so do Swedish, Danish and Norwegian ("Sveriges industri",
 * "Danmarks grønne omstilling"). Such a word names the listed place it is made from,
 * the way an English possessive does ("Germany's"), and like a possessive it ends a name: "Österreichs
 * Regierung" is Austria, then a common noun. Only a word that no list holds itself counts, so a
 * place whose own name ends in "s" ("Paris", "Athens") stays as it is.
 */
final class GermanGenitives {

    private static final int MIN_LENGTH = 4;
    private static final Word NETHERLANDS = Word.of("Niederlande");
    private static final int LISTED_ITSELF = Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN
            | Gazetteer.GIVEN_NAME;

    private GermanGenitives() {
    }

    /** The listed place {@code word} is the genitive of, or null when it is none. */
    static Word place(Word word) {
        String surface = word.surface();
        if (surface.equals("Niederlanden")) {
            return NETHERLANDS; // the one plural country German names often, in its dative: "aus den Niederlanden"
        }
        int length = word.length();
        if (length < MIN_LENGTH || surface.charAt(length - 1) != 's' || !word.capitalised()
                || word.has(LISTED_ITSELF) || word.hasClass(Word.ALL_CAPS)) {
            return null;
        }
        Word stem = Word.of(surface.substring(0, length - 1));
        // a town of the long lists only from five letters: "Haas" is a surname, not "Haa"'s
        return stem.has(Gazetteer.PLACE) || stem.has(Gazetteer.TOWN) && length > 5 ? stem : null; // "Bayerns", "Aalborgs historie"
    }
}
