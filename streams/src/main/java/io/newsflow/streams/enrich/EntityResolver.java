package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Within-document coreference: short mentions take the full name ("Putin" and "Mr Putin" become
 * "Vladimir Putin", "Van der Berg" becomes "Pieter van der Berg", "ECB" becomes "European Central
 * Bank" when the article spells it out; "Marek Dąbrowski" is a person because "Dąbrowski said"),
 * then mentions of one name are merged into one
 * {@link Entity} whose type is the best-supported one. Names seen only as weak guesses (a
 * capitalised sentence opener, a German noun) are dropped.
 */
final class EntityResolver {

    private static final EntityType[] TYPES = EntityType.values();
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "di", "da", "van", "von", "der",
            "den", "ter", "du", "le", "la", "al", "bin", "ibn", "dos", "das");

    /**
     * The entities and, for each input candidate in order, its resolved mention (null when dropped);
     * {@link #resolved} tells whether a lower-case name became an entity.
     */
    record Result(List<Entity> entities, List<Mention> mentions, Map<String, Group> groups) {

        boolean resolved(String key) {
            Group group = groups.get(key);
            return group != null && group.entity != null;
        }
    }

    /**
     * Resolves the typed candidates; {@code shortNames} maps an organisation's short name given in
     * brackets to its full name ({@link ShortNames}).
     */
    Result resolve(List<Typed> typed, Map<String, String> documentForms, Map<String, String> shortNames) {
        typed = personsBySurname(typed);
        Map<String, String> surnames = new HashMap<>(64);
        Map<String, String> orgAliases = new HashMap<>(64);
        shortNames.forEach((shortName, full) -> alias(orgAliases, shortName, full));
        Map<String, String> withoutLegalForm = new HashMap<>();
        for (Typed t : typed) {
            Candidate c = t.candidate();
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
            } else if (t.type() == EntityType.ORGANIZATION && c.size() >= 2 && t.strength() != Strength.WEAK) {
                alias(orgAliases, initials(c, c.size()), c.key());
                int of = c.size() >= 4 ? ofBeforePlace(c) : -1;
                if (of >= 2) { // "Autoridad Portuaria de Valencia" ... "la Autoridad Portuaria": the body, its place left out
                    alias(orgAliases, c.key().substring(0, c.key().indexOf(" " + c.lower(of) + " ")), c.key());
                }
                if (COMPANY_TAILS.contains(c.lower(c.size() - 1))) {
                    // "Toyota Motor" ... "Toyota": a company's short name
                    alias(withoutLegalForm, c.key().substring(0, c.key().lastIndexOf(' ')), c.key());
                } else if (LEGAL_FORMS.contains(c.lower(c.size() - 1))) {
                    if (c.size() >= 3) {
                        alias(orgAliases, initials(c, c.size() - 1), c.key()); // "Nordic Battery Systems AB ("NBS")"
                    }
                    // "Hapag-Lloyd AG" ... "Hapag-Lloyd": the company, named once with its legal form
                    alias(withoutLegalForm, c.key().substring(0, c.key().lastIndexOf(' ')), c.key());
                }
            }
        }
        Map<String, Group> groups = new HashMap<>(typed.size() * 2);
        List<Group> firstMentioned = new ArrayList<>(typed.size());
        Group[] groupOf = new Group[typed.size()];
        for (int i = 0; i < typed.size(); i++) {
            Typed t = typed.get(i);
            Candidate c = t.candidate();
            String key = c.key();
            EntityType type = t.type();
            Strength strength = t.strength();
            if (strength != Strength.KNOWN || type == EntityType.PERSON) {
                String full = surnames.get(key);
                // "Volgens Van der Berg": a sentence opener before a known name; not an acronym, which
                // is part of the name ("SEMI Europe, which represents ...")
                if (full == null && c.initial() && c.size() >= 2 && !c.word(0).hasClass(Word.ALL_CAPS)) {
                    String rest = key.substring(key.indexOf(' ') + 1);
                    full = surnames.containsKey(rest) ? surnames.get(rest) : (groups.containsKey(rest) ? rest : null);
                }
                if (full != null && !full.isEmpty() && !full.equals(key)) {
                    key = full;
                    type = EntityType.PERSON;
                    strength = Strength.CUED;
                } else if (orgAliases.containsKey(key) && !orgAliases.get(key).isEmpty()) {
                    key = orgAliases.get(key);
                    type = EntityType.ORGANIZATION;
                    strength = Strength.CUED;
                }
            }
            if (type == EntityType.ORGANIZATION && !withoutLegalForm.isEmpty()
                    && !withoutLegalForm.getOrDefault(key, "").isEmpty()) {
                key = withoutLegalForm.get(key); // even a listed name ("Hapag-Lloyd") joins its full form
            }
            Group group = groups.get(key);
            if (group == null) {
                group = new Group(key);
                groups.put(key, group);
                firstMentioned.add(group);
            }
            group.add(t, type, strength);
            groupOf[i] = group;
        }
        List<Entity> entities = new ArrayList<>(firstMentioned.size());
        for (Group group : firstMentioned) {
            if (group.best != Strength.WEAK) {
                group.entity = group.toEntity(documentForms.get(group.key));
                entities.add(group.entity);
            }
        }
        List<Mention> mentions = new ArrayList<>(typed.size());
        for (int i = 0; i < typed.size(); i++) {
            Entity entity = groupOf[i].entity;
            Candidate c = typed.get(i).candidate();
            mentions.add(entity == null ? null : new Mention(entity, c.paragraph(), c.start(), c.end()));
        }
        return new Result(entities, mentions, groups);
    }

    /**
     * An unknown multi-word name typed only by default becomes a person when the article uses its
     * last word alone as a person ("Marek Dąbrowski" ... "Dąbrowski said"): coreference with a
     * full name is the evidence a person without a listed given name or a title needs.
     */
    private static List<Typed> personsBySurname(List<Typed> typed) {
        Set<String> persons = null;
        for (Typed t : typed) {
            // a single word typed a person by its context; WEAK too: "Garnier said" opening a sentence
            if (t.type() == EntityType.PERSON && t.strength() != Strength.KNOWN && t.candidate().size() == 1) {
                if (persons == null) {
                    persons = new HashSet<>();
                }
                persons.add(t.candidate().key());
            }
        }
        if (persons == null) {
            return typed;
        }
        List<Typed> out = new ArrayList<>(typed.size());
        for (Typed t : typed) {
            Candidate c = t.candidate();
            boolean surname = t.type() != EntityType.PERSON && t.strength() == Strength.DEFAULT && c.size() >= 2
                    && persons.contains(c.lower(c.size() - 1));
            out.add(surname ? new Typed(c, EntityType.PERSON, Strength.CUED, null) : t);
        }
        return out;
    }

    /** The index of "of"/"de" before a listed place closing the name ("Port Authority of New York"), or -1. */
    private static int ofBeforePlace(Candidate c) {
        int of = c.size() - 2;
        return PlaceCues.OF.contains(c.lower(of)) && c.word(of + 1).has(Gazetteer.PLACE | Gazetteer.TOWN) ? of : -1;
    }

    /** Registers alias -> full name; an alias shared by two names becomes ambiguous (""). */
    private static void alias(Map<String, String> map, String alias, String full) {
        if (alias.equals(full) || alias.length() < 2) {
            return;
        }
        map.merge(alias, full, (a, b) -> a.equals(b) ? a : "");
    }

    /** Words an acronym skips, in the languages read: "Hamburger Hafen und Logistik AG" is HHLA. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "and", "the", "und", "et", "y", "e", "&",
            "dos", "das", "do", "des", "dei", "delle", "degli", "für", "pour", "para", "per", "voor", "en", "och", "og");
    /** Legal forms an acronym may leave out: "Nordic Battery Systems AB" is NBS. */
    private static final Set<String> LEGAL_FORMS = Set.of("ag", "ab", "asa", "as", "sa", "se", "nv", "bv", "plc", "ltd",
            "inc", "llc", "gmbh", "spa", "oy", "oyj", "a/s");

    /** The last words of a company's full name that its short name leaves out: "Toyota Motor" is Toyota. */
    private static final Set<String> COMPANY_TAILS = Set.of("motor", "motors", "group", "holdings", "holding", "corp",
            "corporation", "company", "industries");

    private static String initials(Candidate c, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = c.lower(i);
            if (!PARTICLES.contains(w) && !SMALL_WORDS.contains(w)) {
                // "Agència Catalana de l'Aigua" is ACA: an elided article gives no letter
                sb.append(Token.stripElision(w).charAt(0));
            }
        }
        return sb.toString();
    }

    /** Whether some space-separated word has two or more capitals (all-caps needs two letters). */
    static boolean shouting(String name) {
        int capitals = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                capitals = 0;
            } else if (Character.isUpperCase(c) && ++capitals >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The mentions of one name: votes for a type, the longest surface form, the strongest evidence. */
    static final class Group {
        private final String key;
        private final int[] votes = new int[TYPES.length];
        /** The entity the group became, once resolved (null: dropped as a weak guess). */
        private Entity entity;
        private Strength best = Strength.WEAK;
        private EntityType bestType;
        /** The mention with the longest name (joined only at the end), and its name's length. */
        private Candidate longest;
        private int longestLength;
        private boolean longestExact;
        private String countryCode;
        private int mentions;

        Group(String key) {
            this.key = key;
        }

        void add(Typed t, EntityType type, Strength strength) {
            mentions++;
            votes[type.ordinal()] += 1 << strength.ordinal();
            if (strength.compareTo(best) > 0) {
                best = strength;
            }
            int length = t.candidate().key().length();
            boolean exact = t.candidate().key().equals(key);
            // the name as the text spells it best: the longest exact mention, and "Paris" over a dateline's "PARIS"
            boolean lessShouting = longest != null && length == longestLength && shouting(longest.name())
                    && !shouting(t.candidate().name());
            if (exact && (length > longestLength || !longestExact || lessShouting)) {
                longest(t.candidate());
                longestExact = true;
            } else if (!longestExact && (length > longestLength || lessShouting)) {
                longest(t.candidate());
            }
            if (t.countryCode() != null) {
                countryCode = t.countryCode();
            }
            int most = -1;
            for (EntityType candidateType : TYPES) {
                if (votes[candidateType.ordinal()] > most) {
                    most = votes[candidateType.ordinal()];
                    bestType = candidateType;
                }
            }
        }

        private void longest(Candidate c) {
            longest = c;
            longestLength = c.size() - 1; // the length name() will have: words and the spaces between
            for (int i = 0; i < c.size(); i++) {
                longestLength += c.word(i).surface().length();
            }
        }

        Entity toEntity(String documentForm) {
            String name = documentForm != null ? documentForm : longest == null ? "" : longest.name();
            if (bestType == EntityType.PERSON || bestType == EntityType.LOCATION && isCapitalsOnly(name)) {
                name = titleCaseShouting(name);
            }
            return new Entity(name, bestType, mentions, bestType == EntityType.LOCATION ? countryCode : null);
        }

        /** "NEW YORK", "TOKYO" (a dateline's place): all capitals, words of three letters or more; not "USA". */
        static boolean isCapitalsOnly(String name) {
            String[] words = name.split(" ");
            for (String w : words) {
                if (w.length() < 3 || !Token.isAllCaps(w) || w.indexOf('.') >= 0) { // "U.S." is an initialism
                    return false;
                }
            }
            return words.length > 1 || name.length() >= 4;
        }

        /** "Tomas HALVORSEN" (a byline's capitalised surname) becomes "Tomas Halvorsen". */
        static String titleCaseShouting(String name) {
            if (!shouting(name)) {
                return name; // the common case: no word with two capitals, nothing to change
            }
            StringBuilder sb = new StringBuilder();
            for (String w : name.split(" ")) {
                if (w.length() >= 3 && Token.isAllCaps(w) && w.indexOf('.') < 0) {
                    w = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
                }
                sb.append(sb.length() > 0 ? " " : "").append(w);
            }
            return sb.toString();
        }
    }
}
