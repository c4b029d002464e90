package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Within-document coreference: short mentions take the full name ("Putin" and "Mr Putin" become
 * "Vladimir Putin", "Van der Berg" becomes "Pieter van der Berg", "ECB" becomes "European Central
 * Bank" when the article spells it out; "Marek Dąbrowski" is a person because "Dąbrowski said"),
 * then mentions of one name are merged into one
 * {@link Entity} whose type is the best-supported one. Names seen only as weak guesses (a
 * capitalised sentence opener, a German noun) are dropped. The short forms come from
 * {@link NameAliases}; each name's mentions are a {@link MentionGroup}.
 */
final class EntityResolver {


    /**
     * The entities and, for each input candidate in order, its resolved mention (null when dropped);
     * {@link #resolved} tells whether a lower-case name became an entity.
     */
    record Result(List<Entity> entities, List<Mention> mentions, Map<String, MentionGroup> groups) {

        boolean resolved(String key) {
            MentionGroup group = groups.get(key);
            return group != null && group.entity() != null;
        }
    }

    /**
     * Resolves the typed candidates; {@code shortNames} maps an organisation's short name given in
     * brackets to its full name ({@link ShortNames}). {@code documentTypes} types the article's own
     * names: an author's surname in the text ("Ms. Lin is a professor ..." under "By Rebecca Lin") is
     * the author, unless the text names another person so.
     */
    Result resolve(List<Typed> typed, Map<String, String> documentForms, Map<String, EntityType> documentTypes,
                   Map<String, String> shortNames) {
        typed = personsBySurname(typed);
        NameAliases aliases = NameAliases.of(typed, shortNames);
        Map<String, String> surnames = aliases.surnames();
        Map<String, String> orgAliases = aliases.organisations();
        documentTypes.forEach((name, type) -> {
            int space = name.lastIndexOf(' ');
            if (type == EntityType.PERSON && space > 0) {
                surnames.putIfAbsent(name.substring(space + 1), name);
            } else if (type == EntityType.ORGANIZATION && space > 0 && !afterConnector(name, space)) {
                // "told the Chronicle": the outlet's own paper; not "Havre" of "Le Courrier du Havre", a place
                orgAliases.putIfAbsent(name.substring(space + 1), name);
            }
        });
        Map<String, String> shortForms = aliases.shortForms();
        Map<String, MentionGroup> groups = new HashMap<>(typed.size() * 2);
        List<MentionGroup> firstMentioned = new ArrayList<>(typed.size());
        MentionGroup[] groupOf = new MentionGroup[typed.size()];
        Map<String, String> lastOfSurname = new HashMap<>(); // a surname two persons share: the one named last so far
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
                    // (a person's group only: "Ulster GAA" opening a sentence is no opener before "the GAA")
                    MentionGroup restGroup;
                    full = surnames.containsKey(rest) ? surnames.get(rest)
                            : (restGroup = groups.get(rest)) != null && restGroup.person() ? rest : null;
                }
                if ("".equals(full) && c.size() == 1) {
                    // "Giorgio Armani" ... "collaboratore di Armani" ... "Silvana Armani": the one named last so far
                    full = lastOfSurname.getOrDefault(key, "");
                }
                String org; // (each map is asked once: a lookup per candidate and map adds up over an article)
                if (full != null && !full.isEmpty() && !full.equals(key)) {
                    key = full;
                    type = EntityType.PERSON;
                    strength = Strength.CUED;
                } else if ((org = orgAliases.get(key)) != null && !org.isEmpty()) {
                    key = org;
                    type = EntityType.ORGANIZATION;
                    strength = Strength.CUED;
                }
            } else if (type == EntityType.ORGANIZATION && !shortNames.isEmpty()) {
                String full = shortNames.get(key);
                key = full != null && !full.isEmpty() ? full : key; // "Swiss Federal Railways (SBB)": even a listed short name
            }
            String fullForm = type == EntityType.ORGANIZATION && !shortForms.isEmpty() ? shortForms.get(key) : null;
            if (fullForm != null && !fullForm.isEmpty()) {
                key = fullForm; // even a listed name ("Hapag-Lloyd", "Generalitat") joins its full form
            }
            MentionGroup group = groups.get(key);
            if (group == null) {
                group = new MentionGroup(key);
                groups.put(key, group);
                firstMentioned.add(group);
            }
            group.add(t, type, strength);
            groupOf[i] = group;
            if (type == EntityType.PERSON && c.size() >= 2) {
                lastOfSurname.put(c.lower(c.size() - 1), key);
            }
        }
        List<Entity> entities = new ArrayList<>(firstMentioned.size());
        for (MentionGroup group : firstMentioned) {
            if (!group.weak()) {
                entities.add(group.resolve(documentForms.get(group.key())));
            }
        }
        List<Mention> mentions = new ArrayList<>(typed.size());
        for (int i = 0; i < typed.size(); i++) {
            Entity entity = groupOf[i].entity();
            Candidate c = typed.get(i).candidate();
            mentions.add(entity == null ? null : new Mention(entity, c.paragraph(), c.start(), c.end()));
        }
        return new Result(entities, mentions, groups);
    }

    /** The word before the space at {@code space} of a lower-case name is a connector ("du", "of", "del"). */
    private static boolean afterConnector(String name, int space) {
        int before = name.lastIndexOf(' ', space - 1);
        return CandidateFinder.CONNECTORS.contains(name.substring(before + 1, space));
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
}
