package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Polish declines names: "w Gdańsku", "w Warszawie", "prezes Orlenu", "w Porcie Gdańsk". A name's
 * word in a case ending is given back its nominative when a case rule's result is a listed place or
 * body, a place or organisation word (for a longer name's first word), or a name the article itself
 * writes in the nominative ("Orlen zainwestuje ..." then "prezes Orlenu"). Nothing else is guessed:
 * a rule whose result nothing confirms leaves the word as written. Only a longer name's first word is
 * read, since its later words decline inside the name ("Zarząd Morskiego Portu Gdańsk").
 */
final class PolishForms {

    /** Case endings and what the nominative ends with instead, longest first within a family. */
    private static final String[][] RULES = {
        {"owie", "ów"}, {"owa", "ów"}, {"owa", "owo"}, {"owem", "ów"}, {"owi", ""}, {"niu", "ń"}, {"iu", ""}, {"cie", "t"}, {"nie", "na"}, {"nie", "n"},
        {"ii", "ia"}, {"ji", "ja"}, {"ni", "nia"}, {"ce", "ka"}, {"ki", "ka"}, {"gi", "ga"}, {"ie", "a"},
        // ("w Zakopanem": Zakopane, a town declined as an adjective)
        {"czech", "cy"}, {"iem", ""}, {"em", ""}, {"em", "e"}, {"ą", "a"}, {"ę", "a"}, {"y", "a"}, {"u", ""}, {"a", ""},
        // a soft feminine noun's genitive, whose nominative has no ending: "Straży" Straż, "w Bydgoszczy" Bydgoszcz,
        // "z Solidarności" Solidarność, "w Łodzi" Łódź (its "ó" closed again)
        {"y", ""}, {"ści", "ść"}, {"odzi", "ódź"}, {"odzią", "ódź"}, // "z Łodzią": its instrumental too
        // plural towns' locative ("w Katowicach", "w Gliwicach", "w Tychach"), "d" before "-zie" ("w Rudzie Śląskiej"),
        // and a region's "-sce" ("w Wielkopolsce")
        {"ach", "e"}, {"ach", "y"}, {"dzie", "da"}, {"sce", "ska"}, {"rze", "ra"}, {"dze", "ga"},
        // bodies' heads with a vowel or "e" that the cases change: "Urzędu" Urząd, "Związku" Związek, "Ministerstwa"
        // Ministerstwo, "Stowarzyszenia" Stowarzyszenie
        {"ędu", "ąd"}, {"ku", "ek"}, {"twa", "two"}, {"nia", "nie"}};
    /**
     * Neuter places in "-e" ("Pomorza", "na Pomorzu": Pomorze; "w Świnoujściu": Świnoujście) and a soft stem's genitive
     * ("prezydent Wrocławia": Wrocław; "prezydent Poznania": Poznań), for a one-word name after the rules above, confirmed by the lists alone (a longer
     * name's "Unia" must become neither Dutch "Unie" nor "UN").
     */
    private static final String[][] ONE_WORD_RULES = {{"a", "e"}, {"u", "e"}, {"iu", "ie"}, {"nia", "ń"}, {"ia", ""}, {"si", "ś"},
        {"sią", "ś"}}; // "na Białorusi", "z Białorusią": Białoruś
    private static final int LISTED = Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN;
    private static final int NAME_WORD = LISTED | Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD;
    private static final int MIN_LENGTH = 4;

    private PolishForms() {
    }

    /** The candidates, those whose name is declined given back in the nominative. */
    static List<Candidate> nominatives(List<Candidate> candidates) {
        Set<String> written = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.size() == 1) {
                written.add(c.key());
            }
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c0 : candidates) {
            Candidate person = PolishPersonNames.nominative(c0); // "Marka Zawady": Marek Zawada
            if (person != c0) {
                out.add(person);
                continue;
            }
            Candidate c = afterOpener(c0);
            if (c.size() == 1 && STREETS.contains(c.previous())) {
                out.add(streetName(c)); // "przy ulicy Głogowskiej": Głogowska
                continue;
            }
            Word word = c.word(0);
            Word country = c.size() == 1 ? PolishCountries.nominative(word) : null; // "z Chin", "w Niemczech"
            // (an adjective opening a name agrees with its noun, already in the name's case: "Polskie Linie Lotnicze")
            Word nominative = country != null ? country
                    // (a longer name's body word as written, listed in the nominative only, is its nominative: "Biblioteka
                    // Gdynia", not "Bibliotek"; the place words list declined forms too: "Puszczy")
                    : word.has(LISTED) || word.length() < MIN_LENGTH
                            || c.size() > 1 && word.has(Gazetteer.LOWER_DEMONYM | Gazetteer.ORG_KEYWORD) ? null
                    // (a sentence's first word only by the rules a case's ending proves: "Nowa filia" is no "Nowe")
                    : nominative(word, c.size() == 1 ? LISTED : NAME_WORD, written, !c.initial());
            Candidate named = nominative == null ? c : CandidateRebuilds.withFirstWord(c, nominative);
            Candidate town = c.size() == 2 ? townWithAdjective(named) : named;
            // "Krakowskiego Alarmu Smogowego", "Urzędu Miejskiego Wrocławia": adjectives declined with the noun
            out.add(town != named || c.size() == 1 ? town
                    : nominative == null ? PolishPhrases.adjectiveFirst(c) : PolishPhrases.agreeingAfterFirst(named));
        }
        return out;
    }

    /**
     * "Decyzja Rady UE", "Posłowie Unii Europejskiej": a sentence's first word, no name's, joined to a body's name in the
     * genitive, which the next word's case or the listed whole confirms; the name without it, else {@code c}.
     */
    private static Candidate afterOpener(Candidate c) {
        if (!c.initial() || c.size() < 3 || c.word(0).has(NAME_WORD | Gazetteer.GIVEN_NAME | Gazetteer.TITLE)
                || c.word(0).hasClass(Word.ALL_CAPS) || c.word(1).has(LISTED) || c.word(1).length() < MIN_LENGTH) {
            return c; // (not "PKP Polskie Linie Kolejowe": an acronym opens the name)
        }
        Candidate rest = CandidateRebuilds.rest(c, 1, false);
        // a body's or place's head word in a case ("Rady": Rada), not an adjective that makes a listed place ("Polskie")
        boolean declined = nominative(c.word(1), RULES, Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD, Set.of()) != null
                || rest.size() == 2 && townWithAdjective(rest) != rest;
        return declined ? rest : c;
    }

    /**
     * The feminine adjective's case endings and its nominative's: "Śląskiej" for "Śląska", "Mazowieckim" for "Mazowiecki",
     * "Jasną" (the accusative: "na Jasną Górę") for "Jasna".
     */
    private static final String[][] ADJECTIVE_RULES = {{"iej", "a"}, {"ej", "a"}, {"im", "i"}, {"ym", "y"}, {"iego", "i"},
        {"ego", "y"}, {"ą", "a"}};

    /**
     * "Rudzie Śląskiej" as "Ruda Śląska", "Zielonej Górze" as "Zielona Góra", "Unii Europejskiej" as "Unia Europejska": a
     * two-word town or body, a noun and an adjective in either order, declined together; given back only when the whole
     * is listed.
     */
    private static Candidate townWithAdjective(Candidate c) {
        Candidate named = twoWordTown(c, c.word(0).surface(), RULES, c.word(1).surface(), ADJECTIVE_RULES, false);
        return named != c ? named : twoWordTown(c, c.word(1).surface(), RULES, c.word(0).surface(), ADJECTIVE_RULES, true);
    }

    private static Candidate twoWordTown(Candidate c, String noun, String[][] nounRules, String adjective,
                                         String[][] adjectiveRules, boolean adjectiveFirst) {
        for (String[] adjectiveRule : adjectiveRules) {
            if (!adjective.endsWith(adjectiveRule[0])) {
                continue;
            }
            String adjectiveBase = adjective.substring(0, adjective.length() - adjectiveRule[0].length()) + adjectiveRule[1];
            for (String[] rule : nounRules) {
                if (noun.endsWith(rule[0]) && noun.length() - rule[0].length() >= 2) {
                    String nounBase = noun.substring(0, noun.length() - rule[0].length()) + rule[1];
                    String name = adjectiveFirst ? adjectiveBase + " " + nounBase : nounBase + " " + adjectiveBase;
                    if ((Gazetteer.get().listed(name.toLowerCase(Locale.ROOT)) & LISTED) != 0) {
                        Word[] words = adjectiveFirst ? new Word[] {Word.of(adjectiveBase), Word.of(nounBase)}
                                : new Word[] {Word.of(nounBase), Word.of(adjectiveBase)};
                        return CandidateRebuilds.withWords(c, words);
                    }
                }
            }
        }
        return c;
    }

    /** A street's word before its name, which is most often a feminine adjective: "ulicy Głogowskiej", "aleją Niepodległości". */
    private static final WordSet STREETS = WordSet.of("ulica", "ulicy", "ulicę", "ulicą", "aleja", "alei", "aleję", "aleją");
    private static final String[][] STREET_RULES = {{"iej", "a"}, {"ej", "a"}, {"ą", "a"}};

    /** The street's adjective in the nominative ("Głogowskiej": Głogowska); a noun's name stays ("Niepodległości"). */
    private static Candidate streetName(Candidate c) {
        String surface = c.word(0).surface();
        for (String[] rule : STREET_RULES) {
            if (surface.endsWith(rule[0]) && surface.length() - rule[0].length() >= 3) {
                return CandidateRebuilds.withFirstWord(c, Word.of(surface.substring(0, surface.length() - rule[0].length()) + rule[1]));
            }
        }
        return c;
    }

    /** In Polish text, a listed place's or body's declined form given back in the nominative ("Lublinie": Lublin); else the word. */
    static Word listedNominative(Word word, String language) {
        if (!"pl".equals(language) || !word.capitalised() || word.has(LISTED) || word.length() < MIN_LENGTH) {
            return word;
        }
        Word nominative = nominative(word, LISTED, Set.of(), true);
        return nominative == null ? word : nominative;
    }

    private static Word nominative(Word word, int confirming, Set<String> written, boolean oneWordRules) {
        Word nominative = nominative(word, RULES, confirming, written);
        return nominative != null || confirming != LISTED || !oneWordRules ? nominative
                : nominative(word, ONE_WORD_RULES, LISTED, Set.of());
    }

    private static Word nominative(Word word, String[][] rules, int confirming, Set<String> written) {
        String lower = word.lower();
        for (String[] rule : rules) {
            // (a stem of one letter only before a long ending: "Łodzi", Łódź)
            if (lower.endsWith(rule[0]) && lower.length() - rule[0].length() >= (rule[0].length() >= 4 ? 1 : 2)) {
                String base = lower.substring(0, lower.length() - rule[0].length()) + rule[1];
                if ((Gazetteer.get().flags(base) & confirming) != 0 || written.contains(base)) {
                    String surface = word.surface();
                    return Word.of(surface.substring(0, surface.length() - rule[0].length()) + rule[1]);
                }
            }
        }
        return null;
    }
}
