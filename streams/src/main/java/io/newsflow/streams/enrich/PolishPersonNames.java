package io.newsflow.streams.enrich;

/**
 * Polish declines persons' names as it declines places': "zdaniem analityka Marka Zawady" is Marek Zawada, "według Jana
 * Kowalskiego" Jan Kowalski, "wypowiedź Anny Nowickiej" Anna Nowicka. A name of two words is given back in the
 * nominative when its first word, no listed given name as written, becomes one by a given name's case ending ("Marka"
 * Marek, "Piotra" Piotr, "Anny" Anna, "Agnieszki" Agnieszka); its surname then follows by the endings of the same case
 * (a woman's surname that ends in a consonant does not decline: "Anny Nowak"). "Jana", a given name itself, is read
 * so only before a surname whose "-ego" proves the case. Nothing else is guessed.
 */
final class PolishPersonNames {

    /** Given names' genitive endings and what the nominative ends with instead, the likelier first. */
    private static final String[][] GIVEN = {{"ka", "ek"}, {"ła", "eł"}, {"ki", "ka"}, {"ii", "ia"}, {"y", "a"}, {"a", ""}};
    private static final String[][] MASCULINE = {{"skiego", "ski"}, {"ckiego", "cki"}, {"dzkiego", "dzki"}, {"iego", "i"},
        {"ego", "y"}, {"y", "a"}, {"ę", "a"}, {"a", ""}}; // (the accusative of "-a": "Lecha Wałęsę")
    private static final String[][] FEMININE = {{"skiej", "ska"}, {"ckiej", "cka"}, {"dzkiej", "dzka"}, {"iej", "a"},
        {"ej", "a"}};
    private static final int MIN_LENGTH = 4;

    private PolishPersonNames() {
    }

    /** The candidate with both words in the nominative when it is a declined person's name; else the candidate itself. */
    static Candidate nominative(Candidate c) {
        if (c.size() != 2 || c.word(0).length() < MIN_LENGTH || c.word(1).length() < MIN_LENGTH
                || !c.word(0).capitalised() || !c.word(1).capitalised() || c.listed(Gazetteer.PLACE | Gazetteer.ORGANIZATION)
                || c.word(1).has(Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.ORGANIZATION | Gazetteer.ORG_KEYWORD)) {
            return c;
        }
        String surname = c.word(1).surface();
        boolean provenCase = surname.endsWith("ego");
        if (c.word(0).has(Gazetteer.GIVEN_NAME) && !provenCase) {
            return c; // "Anna Kowalska", "Jana Nováková": a given name as written
        }
        String given = firstListed(c.word(0).surface());
        if (given == null) {
            return c;
        }
        boolean woman = given.endsWith("a");
        if (!woman && (surname.endsWith("ska") || surname.endsWith("cka") || surname.endsWith("dzka"))) {
            return c; // a woman's surname in the nominative: the first word was no man's name in the genitive
        }
        String nominative = replaced(surname, woman ? FEMININE : MASCULINE);
        return CandidateRebuilds.withWords(c, new Word[] {Word.of(given), Word.of(nominative == null ? surname : nominative)});
    }

    /** The first nominative the given-name endings make that the lists hold as a given name, or null. */
    private static String firstListed(String word) {
        for (String[] rule : GIVEN) {
            if (word.length() > rule[0].length() + 2 && word.endsWith(rule[0])) {
                String nominative = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if (Word.of(nominative).has(Gazetteer.GIVEN_NAME)) {
                    return nominative;
                }
            }
        }
        return null;
    }

    /** The word by the first rule whose ending it has, or null. */
    private static String replaced(String word, String[][] rules) {
        for (String[] rule : rules) {
            if (word.length() > rule[0].length() + 2 && word.endsWith(rule[0])) {
                return word.substring(0, word.length() - rule[0].length()) + rule[1];
            }
        }
        return null;
    }
}
