package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The short forms an article's full names give, for {@link EntityResolver}: a person's surname
 * ("Putin" for "Vladimir Putin", "Rodríguez Dapena", "Van der Berg"), an organisation's initials
 * ("ECB", "NBS" for "Nordic Battery Systems AB"), its short name in brackets, its name without the
 * closing place ("la Autoridad Portuaria"), and a company's name without its legal form or tail
 * ("Hapag-Lloyd", "Toyota"), and its genitive with a glued "-s" ("Northvolts"). An alias two names
 * share is ambiguous (mapped to "").
 *
 * @param surnames          lower-case surname forms to the person's lower-case full name
 * @param organisations     initials, short names and place-less names to the organisation's full name
 * @param shortForms        a body's name without its legal form, tail or place's adjective, to its full name (even a listed one)
 */
record NameAliases(Map<String, String> surnames, Map<String, String> organisations,
                   Map<String, String> shortForms) {

    private static final WordSet PARTICLES = WordSet.of("ap", "de", "del", "della", "di", "da", "van", "von", "der",
            "den", "ter", "du", "le", "la", "al", "bin", "ibn", "dos", "das");
    /** Words an acronym skips, in the languages read: "Hamburger Hafen und Logistik AG" is HHLA. */
    private static final WordSet SMALL_WORDS = WordSet.of("of", "for", "and", "the", "und", "et", "y", "e", "&",
            "dos", "das", "do", "des", "dei", "delle", "degli", "für", "pour", "para", "per", "voor", "en", "och", "og");
    /** Legal forms an acronym may leave out: "Nordic Battery Systems AB" is NBS. */
    private static final WordSet LEGAL_FORMS = WordSet.of("ag", "ab", "asa", "as", "sa", "se", "nv", "bv", "plc", "ltd",
            "inc", "llc", "gmbh", "spa", "oy", "oyj", "a/s", "dac"); // (Ireland's "designated activity company")

    /** The last words of a company's full name that its short name leaves out: "Toyota Motor" is Toyota. */
    private static final WordSet COMPANY_TAILS = WordSet.of("motor", "motors", "group", "holdings", "holding", "corp",
            "corporation", "company", "industries", "foods"); // "Arla Foods" ... "Arla"

    /** The aliases of the typed candidates (weak guesses give none) and of the short names in brackets. */
    static NameAliases of(List<Typed> typed, Map<String, String> shortNames) {
        Map<String, String> surnames = new HashMap<>(64);
        Map<String, String> orgAliases = new HashMap<>(64);
        shortNames.forEach((shortName, full) -> alias(orgAliases, shortName, full));
        Map<String, String> shortForms = new HashMap<>();
        Map<String, Typed> firstOfKey = new HashMap<>(typed.size() * 2);
        for (Typed t : typed) {
            Candidate c = t.candidate();
            if (sameAsFirst(firstOfKey.putIfAbsent(c.key(), t), t)) {
                continue; // a name said again gives the same aliases, and giving one twice changes nothing
            }
            if (t.type() == EntityType.PERSON && c.size() >= 2 && t.strength() != Strength.WEAK) {
                alias(surnames, c.lower(c.size() - 1), c.key());
                if (c.size() >= 3) {
                    // "Álvaro Rodríguez Dapena" ... "Rodríguez Dapena explicó": two surnames, or a double one
                    alias(surnames, c.lower(c.size() - 2) + " " + c.lower(c.size() - 1), c.key());
                }
                for (int i = 1; i < c.size() - 1; i++) {
                    if (PARTICLES.contains(c.lower(i))) {
                        alias(surnames, String.join(" ", c.lowers().subList(i, c.size())), c.key());
                        break;
                    }
                }
            }
            if (t.type() == EntityType.ORGANIZATION && t.strength() != Strength.WEAK && c.size() <= 3) {
                // "Northvolts konkursbo", "Ryanairs Chef": a Scandinavian or German genitive's "-s", glued on
                alias(orgAliases, c.key() + "s", c.key());
            }
            if (t.type() == EntityType.ORGANIZATION && c.size() >= 2 && t.strength() != Strength.WEAK) {
                alias(orgAliases, initials(c, c.size()), c.key());
                // (not after "of": "le Conseil du CERN" is the CERN's council, and "CERN" another body)
                if (c.size() >= 3 && c.word(c.size() - 1).hasClass(Word.ALL_CAPS) && !c.word(c.size() - 2).hasClass(Word.OF_OR_FOR)) {
                    alias(orgAliases, c.lower(c.size() - 1), c.key()); // "Polskie Linie Lotnicze LOT" ... "LOT"
                }
                if (c.size() >= 4 && c.key().contains(" of ")) {
                    alias(orgAliases, initials(c, c.size(), "of"), c.key()); // "Electric Reliability Council of Texas" ... "ERCOT"
                }
                if (c.size() >= 3 && c.word(c.size() - 1).has(Gazetteer.ORG_KEYWORD)) {
                    alias(orgAliases, initials(c, c.size() - 1), c.key()); // "Canadian National Railway" ... "CN"
                }
                if (c.size() >= 3 && c.word(1).hasClass(Word.ORG_ONLY_CONNECTOR) && !c.word(0).has(Gazetteer.ORG_KEYWORD
                        | Gazetteer.PLACE | Gazetteer.TITLE)) {
                    alias(orgAliases, c.lower(0), c.key()); // "Autostrade per l'Italia" ... "ad Autostrade": its first word
                }
                if (c.size() >= 3 && c.word(0).hasClass(Word.BODY_HEAD) && !c.word(1).capitalised()) {
                    alias(orgAliases, c.lower(0), c.key()); // "la Provincia autonoma di Trento" ... "la Provincia": its head
                }
                String local = LocalBodyAliases.of(c); // "ADFC München" ... "der ADFC"
                if (local != null) {
                    alias(orgAliases, local, c.key());
                }
                if (c.size() == 2 && AdjectiveBodies.adjectiveStem(c.word(0)) != null) {
                    alias(orgAliases, c.lower(1), c.key()); // "die Deutsche Bahn" ... "die Bahn": German's short name
                } else if (c.size() == 2 && c.word(1).has(Gazetteer.DEMONYM | Gazetteer.LOWER_DEMONYM)) {
                    alias(shortForms, c.lower(0), c.key()); // "la Generalitat Valenciana" ... "la Generalitat", even a listed one
                }
                int of = c.size() >= 4 ? ofBeforePlace(c) : -1;
                if (of >= 2) { // "Autoridad Portuaria de Valencia" ... "la Autoridad Portuaria": the body, its place left out
                    alias(orgAliases, c.key().substring(0, c.key().indexOf(" " + c.lower(of) + " ")), c.key());
                }
                if (c.size() >= 3 && isPlace(c.word(0)) && c.word(c.size() - 1).has(Gazetteer.ORG_KEYWORD)) {
                    // "U.S. Coast Guard" ... "the Coast Guard": the body, its opening place left out
                    alias(orgAliases, c.key().substring(c.key().indexOf(' ') + 1), c.key());
                }
                // "Smithsonian Institution" ... "the Smithsonian's secretary"; not a group's own name before its arm's
                // ("Thyssenkrupp" and "Thyssenkrupp Steel", "ESB" and "ESB Networks" are two bodies)
                if (c.size() == 2 && c.word(1).has(Gazetteer.ORG_KEYWORD) && !c.word(0).hasClass(Word.ALL_CAPS)
                        && !c.word(0).has(Gazetteer.ORG_KEYWORD | Gazetteer.PLACE | Gazetteer.DEMONYM | Gazetteer.GIVEN_NAME
                        | Gazetteer.TITLE | Gazetteer.TOWN | Gazetteer.ORGANIZATION)) {
                    alias(shortForms, c.lower(0), c.key());
                }
                if (COMPANY_TAILS.contains(c.lower(c.size() - 1))) {
                    // "Toyota Motor" ... "Toyota": a company's short name
                    alias(shortForms, c.key().substring(0, c.key().lastIndexOf(' ')), c.key());
                } else if (LEGAL_FORMS.contains(c.lower(c.size() - 1))) {
                    if (c.size() >= 3) {
                        alias(orgAliases, initials(c, c.size() - 1), c.key()); // "Nordic Battery Systems AB ("NBS")"
                    }
                    // "Hapag-Lloyd AG" ... "Hapag-Lloyd": the company, named once with its legal form
                    alias(shortForms, c.key().substring(0, c.key().lastIndexOf(' ')), c.key());
                }
            }
        }
        return new NameAliases(surnames, orgAliases, shortForms);
    }

    /**
     * The aliases of a mention depend only on its words, its type and whether it is a weak guess;
     * {@link #alias} keeps an alias's full name only if every registration agrees, so a repeat adds nothing.
     */
    private static boolean sameAsFirst(Typed first, Typed t) {
        if (first == null || first.type() != t.type()
                || (first.strength() == Strength.WEAK) != (t.strength() == Strength.WEAK)) {
            return false;
        }
        Candidate a = first.candidate();
        Candidate b = t.candidate();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.word(i) != b.word(i)) { // words are memoised: the same surface is the same object
                return false;
            }
        }
        return true;
    }

    /** The index of "of"/"de" before a listed place closing the name ("Port Authority of New York"), or -1. */
    private static int ofBeforePlace(Candidate c) {
        int of = c.size() - 2;
        return PlaceCues.OF.contains(c.lower(of)) && c.word(of + 1).has(Gazetteer.PLACE | Gazetteer.TOWN) ? of : -1;
    }

    /** A listed place, also with the full stop a name keeps ("U.S." of "U.S. Coast Guard"). */
    private static boolean isPlace(Word w) {
        String s = w.surface();
        return w.has(Gazetteer.PLACE) || s.endsWith(".") && Word.of(s.substring(0, s.length() - 1)).has(Gazetteer.PLACE);
    }

    /** Registers alias -> full name; an alias shared by two names becomes ambiguous (""). */
    private static void alias(Map<String, String> map, String alias, String full) {
        if (alias.equals(full) || alias.length() < 2) {
            return;
        }
        map.merge(alias, full, (a, b) -> a.equals(b) ? a : "");
    }

    private static String initials(Candidate c, int words) {
        return initials(c, words, null);
    }

    /** The initials of the first {@code words} words; small words give none, but {@code kept} (or null) does. */
    private static String initials(Candidate c, int words, String kept) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = c.lower(i);
            if (!PARTICLES.contains(w) && !SMALL_WORDS.contains(w) || w.equals(kept)) {
                // "Agència Catalana de l'Aigua" is ACA: an elided article gives no letter
                sb.append(c.word(i).lowerWithoutElision().charAt(0));
            }
        }
        return sb.toString();
    }

    /**
     * The index of the organisation among {@code entities} whose name is {@code name} and a legal form ("Ryanair DAC" for
     * a title's "Ryanair"), or -1.
     */
    static int withLegalForm(List<Entity> entities, String name) {
        for (int k = 0; k < entities.size(); k++) {
            String full = entities.get(k).name();
            if (entities.get(k).type() == EntityType.ORGANIZATION && full.length() > name.length() + 1
                    && full.regionMatches(true, 0, name, 0, name.length()) && full.charAt(name.length()) == ' '
                    && LEGAL_FORMS.contains(full.substring(name.length() + 1).toLowerCase(java.util.Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }
}
