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
                || word.has(LISTED_ITSELF) || word.hasClass(Word.ALL_CAPS) || GermanBodyNouns.namedForMembers(word.lower())) {
            return null; // (not "Bundes", the Bund's genitive, as the town Bunde's)
        }
        Word stem = Word.of(surface.substring(0, length - 1));
        // a town of the long lists only from five letters: "Haas" is a surname, not "Haa"'s
        return stem.has(Gazetteer.PLACE) || stem.has(Gazetteer.TOWN) && length > 5 ? stem : null; // "Bayerns", "Aalborgs historie"
    }

    /** The articles of a German genitive, before a body's name in it ("des Landvolks Niedersachsen"). */
    private static final WordSet GENITIVE_ARTICLES = WordSet.of("des", "eines");
    /** Consonants a genitive's "-es" follows ("Landes", "Kreises", "Amtes"); after others it is "-s" ("Flughafens"). */
    private static final String ES_AFTER = "sßzxdtgk";
    /** Endings of nouns whose genitive adds nothing: "des Campus", "des Zirkus". */
    private static final String[] UNCHANGED = {"us", "is", "ss", "os"};

    /**
     * "des Landvolks Niedersachsen", "des Klinikums Stuttgart", "des Landes Berlin": a body named by a noun and its listed
     * place, in the genitive after "des": the body in the nominative ("Landvolk Niedersachsen"); any other as it is.
     */
    static EntityClassifier.Typed bodyNominative(EntityClassifier.Typed t) {
        Candidate c = t.candidate();
        if (t.type() != EntityType.ORGANIZATION || c.size() < 2 || !GENITIVE_ARTICLES.contains(c.previous())
                || !c.word(c.size() - 1).has(Gazetteer.PLACE | Gazetteer.TOWN) || c.word(0).has(LISTED_ITSELF)
                || AdjectiveBodies.adjectiveStem(c.word(0)) != null) { // "Staatliches Bauamt Passau", given back already
            return t;
        }
        String surface = c.word(0).surface();
        int length = surface.length();
        if (length < MIN_LENGTH + 1 || surface.charAt(length - 1) != 's' || c.word(0).hasClass(Word.ALL_CAPS)) {
            return t;
        }
        for (String ending : UNCHANGED) {
            if (surface.endsWith(ending)) {
                return t;
            }
        }
        boolean es = surface.endsWith("es") && ES_AFTER.indexOf(surface.charAt(length - 3)) >= 0;
        Word nominative = Word.of(surface.substring(0, length - (es ? 2 : 1)));
        return new EntityClassifier.Typed(CandidateRebuilds.withFirstWord(c, nominative), t.type(), t.strength(), t.countryCode());
    }
}
