package io.newsflow.streams.enrich;

/**
 * Polish names of bodies and places whose adjectives decline with their noun: "Krakowskiego Alarmu
 * Smogowego" is Krakowski Alarm Smogowy, "Najwyższej Izby Kontroli" Najwyższa Izba Kontroli,
 * "Centralnym Porcie Komunikacyjnym" Centralny Port Komunikacyjny, "Nową Hutą" Nowa Huta; and after a
 * noun {@link PolishForms} gave back ("Urzędu" Urząd), the adjectives agreeing with it ("Urzędu
 * Miejskiego Wrocławia": Urząd Miejski Wrocławia). An adjective's case ending is regular, so it tells
 * the noun's gender and which of the noun's endings to undo; the noun must then undo one of them, or
 * nothing changes. A complement in the genitive ("Kontroli", "Wrocławia") is not an adjective and
 * ends the agreement, and so does an adjective before a noun in its own case, which belongs to that noun ("Zarząd
 * Morskiego Portu Gdańsk"). Plurals ("Wód Polskich") and neuter nouns ("Morza Bałtyckiego") are left.
 */
final class PolishPhrases {

    /** Oblique adjective endings and the nominative's; the first {@value #MASCULINE} are masculine. */
    private static final String[][] ADJECTIVES = {{"iego", "i"}, {"ego", "y"}, {"ym", "y"}, {"im", "i"},
        {"kiej", "ka"}, {"giej", "ga"}, {"iej", "ia"}, {"ej", "a"}, {"ą", "a"}};
    private static final int MASCULINE = 4;
    /** A masculine noun's genitive, locative and instrumental endings ("Urzędu", "Porcie", "Portem"). */
    private static final String[][] MASCULINE_NOUNS = {{"ędu", "ąd"}, {"zku", "zek"}, {"mku", "mek"}, {"cie", "t"},
        {"u", ""}, {"em", ""}}; // "Związku": Związek, "Zamku": Zamek
    /** A feminine noun's ("Zatoce", "Hucie", "Radzie", "Agencji", "Izby", "Hutą"). */
    private static final String[][] FEMININE_NOUNS = {{"ce", "ka"}, {"dze", "ga"}, {"cie", "ta"}, {"dzie", "da"},
        {"ji", "ja"}, {"ii", "ia"}, {"ki", "ka"}, {"gi", "ga"}, {"y", "a"}, {"ie", "a"}, {"ą", "a"}};
    private static final int MIN_LENGTH = 4;
    private static final int LISTED = Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN;

    private PolishPhrases() {
    }

    /** The name with an opening adjective and its noun (and the adjectives after it) in the nominative, or {@code c}. */
    static Candidate adjectiveFirst(Candidate c) {
        Candidate plural = pluralNounFirst(c);
        if (plural != c) {
            return plural;
        }
        int adjective = c.size() >= 2 ? adjectiveRule(c.word(0)) : -1;
        if (adjective < 0) {
            return c;
        }
        Word noun = rewrite(c.word(1), adjective < MASCULINE ? MASCULINE_NOUNS : FEMININE_NOUNS);
        if (noun == null) {
            return c;
        }
        Word[] memo = c.memo().clone();
        memo[0] = rewrite(c.word(0), ADJECTIVES[adjective]);
        memo[1] = noun;
        agreeing(c, memo, 2);
        return CandidateRebuilds.withWords(c, memo);
    }

    /**
     * A masculine plural noun in the genitive and its adjectives ("Lasów Państwowych": Lasy Państwowe, "Zakładów
     * Azotowych": Zakłady Azotowe), in the nominative; else {@code c}. "-ów" is the masculine plural genitive's ending alone,
     * and the noun's nominative ends in "-i" after "k" and "g" ("Banków": Banki); the adjectives' "-ych", "-ich" become
     * "-e", "-ie" (not a men's group's, rare in bodies' names).
     */
    private static Candidate pluralNounFirst(Candidate c) {
        String noun = c.lower(0);
        if (c.size() < 2 || noun.length() < 5 || !noun.endsWith("ów") || c.word(0).has(LISTED) || !pluralAdjective(c.word(1))) {
            return c;
        }
        Word[] memo = c.memo().clone();
        String surface = c.word(0).surface();
        char last = noun.charAt(noun.length() - 3);
        memo[0] = Word.of(surface.substring(0, surface.length() - 2) + (last == 'k' || last == 'g' ? "i" : "y"));
        for (int i = 1; i < c.size() && pluralAdjective(c.word(i)); i++) {
            String adjective = c.word(i).surface();
            boolean soft = c.word(i).lower().endsWith("ich");
            memo[i] = Word.of(adjective.substring(0, adjective.length() - 3) + (soft ? "ie" : "e")); // "Państwowych", "Polskich"
        }
        return CandidateRebuilds.withWords(c, memo);
    }

    private static boolean pluralAdjective(Word word) {
        return word.capitalised() && word.length() > MIN_LENGTH && !word.has(LISTED)
                && (word.lower().endsWith("ych") || word.lower().endsWith("ich"));
    }

    /** After a first word given back in the nominative, the adjectives right after it in the nominative too. */
    static Candidate agreeingAfterFirst(Candidate c) {
        Word[] memo = c.memo().clone();
        return agreeing(c, memo, 1) ? CandidateRebuilds.withWords(c, memo) : c;
    }

    private static boolean agreeing(Candidate c, Word[] memo, int from) {
        boolean changed = false;
        for (int i = from; i < c.size(); i++) {
            int rule = adjectiveRule(c.word(i));
            if (rule < 0 || i + 1 < c.size() && rewrite(c.word(i + 1), rule < MASCULINE ? MASCULINE_NOUNS : FEMININE_NOUNS) != null) {
                // "Kontroli", "Wrocławia": the complement, in its own case; "Zarząd Morskiego Portu Gdańsk": the
                // adjective before a noun in its case belongs to that noun, the complement
                break;
            }
            memo[i] = rewrite(c.word(i), ADJECTIVES[rule]);
            changed = true;
        }
        return changed;
    }

    /** The index of the word's oblique adjective ending, or -1 (a listed name or a short word is no adjective). */
    private static int adjectiveRule(Word word) {
        if (word.length() <= MIN_LENGTH || word.has(LISTED) || !word.capitalised()) {
            return -1;
        }
        String lower = word.lower();
        for (int r = 0; r < ADJECTIVES.length; r++) {
            if (lower.endsWith(ADJECTIVES[r][0])) {
                return r;
            }
        }
        return -1;
    }

    private static Word rewrite(Word word, String[][] rules) {
        String lower = word.lower();
        if (rules == FEMININE_NOUNS && lower.endsWith("y")
                && (Gazetteer.get().flags(lower.substring(0, lower.length() - 1)) & Gazetteer.ORG_KEYWORD) != 0) {
            // "Straży": Straż, a body's word whose nominative has no ending (as PolishForms confirms it), unlike "Plaży"
            return Word.of(word.surface().substring(0, word.length() - 1));
        }
        for (String[] rule : rules) {
            if (lower.endsWith(rule[0]) && lower.length() - rule[0].length() >= 3) {
                return rewrite(word, rule);
            }
        }
        return null;
    }

    private static Word rewrite(Word word, String[] rule) {
        String surface = word.surface();
        return Word.of(surface.substring(0, surface.length() - rule[0].length()) + rule[1]);
    }
}
