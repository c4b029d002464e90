package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Associated Press's state abbreviations (and The Canadian Press's provinces) after a town ("TUCSON, Ariz. (AP) —", "in Phoenix,
 * Ariz., on Monday"): the state, named in full. Read only right after a known town or place, so
 * "Mass" or "Miss" elsewhere stay words; "Del.", "La." and "Wash." are left out (a connector, an
 * article, and Washington the capital).
 */
final class UsStateAbbreviations {

    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("ala", "Alabama"),
            Map.entry("ariz", "Arizona"), Map.entry("ark", "Arkansas"), Map.entry("calif", "California"),
            Map.entry("colo", "Colorado"), Map.entry("conn", "Connecticut"), Map.entry("fla", "Florida"),
            Map.entry("ga", "Georgia"), Map.entry("ill", "Illinois"), Map.entry("ind", "Indiana"),
            Map.entry("kan", "Kansas"), Map.entry("ky", "Kentucky"), Map.entry("md", "Maryland"),
            Map.entry("mass", "Massachusetts"), Map.entry("mich", "Michigan"), Map.entry("minn", "Minnesota"),
            Map.entry("miss", "Mississippi"), Map.entry("mo", "Missouri"), Map.entry("mont", "Montana"),
            Map.entry("neb", "Nebraska"), Map.entry("nev", "Nevada"), Map.entry("okla", "Oklahoma"),
            Map.entry("ore", "Oregon"), Map.entry("pa", "Pennsylvania"), Map.entry("tenn", "Tennessee"),
            Map.entry("vt", "Vermont"), Map.entry("va", "Virginia"), Map.entry("wis", "Wisconsin"),
            Map.entry("wyo", "Wyoming"),
            // two-word states' dotted initials: "NEWARK, N.J. (AP)", "RALEIGH, N.C."
            Map.entry("n.j", "New Jersey"), Map.entry("n.y", "New York"), Map.entry("n.c", "North Carolina"),
            Map.entry("s.c", "South Carolina"), Map.entry("n.d", "North Dakota"), Map.entry("s.d", "South Dakota"),
            Map.entry("n.h", "New Hampshire"), Map.entry("n.m", "New Mexico"), Map.entry("r.i", "Rhode Island"),
            Map.entry("w.va", "West Virginia"),
            // The Canadian Press's provinces: "Contrecoeur, Que."
            Map.entry("que", "Quebec"), Map.entry("ont", "Ontario"), Map.entry("alta", "Alberta"),
            Map.entry("sask", "Saskatchewan"), Map.entry("nfld", "Newfoundland and Labrador"));

    private static final Set<String> NAMES = STATES.values().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private UsStateAbbreviations() {
    }

    /** Abbreviations that are English words or too short to read after any capitalised word. */
    private static final WordSet WORDS = WordSet.of("ill", "miss", "mass", "ore", "ark", "ind", "kan", "mont");

    /** An abbreviation no word spells ("Calif.", "Que."): it follows an unknown town too ("Contrecoeur, Que."). */
    private static boolean distinct(Candidate c) {
        return c.lower(0).length() >= 3 && !WORDS.contains(c.lower(0));
    }

    /**
     * The town before a state or province ("Contrecoeur, Que."): a place, though no list holds it.
     * Changes {@code typed} in place.
     */
    static void townsBeforeStates(List<Typed> typed, List<Paragraph> paragraphs) {
        for (int i = 0; i + 1 < typed.size(); i++) {
            Typed town = typed.get(i);
            Typed state = typed.get(i + 1);
            Candidate a = town.candidate();
            Candidate b = state.candidate();
            if (state.strength() != Strength.KNOWN || !NAMES.contains(b.key()) || town.type() == EntityType.LOCATION
                    || town.strength().compareTo(Strength.DEFAULT) > 0 || a.paragraph() != b.paragraph()
                    || b.start() - a.end() != 2 || paragraphs.get(a.paragraph()).text().charAt(a.end()) != ',') {
                continue;
            }
            typed.set(i, new Typed(a, EntityType.LOCATION, Strength.CUED, null));
        }
    }

    /** The candidate renamed to its state when it is an abbreviation after a town, else null. */
    static Candidate state(Candidate c) {
        if (c.size() != 1 || !c.word(0).capitalised() || c.initial()) {
            return null;
        }
        String state = STATES.get(c.lower(0));
        if (state == null || c.previous().isEmpty() || !(Word.of(c.previous()).has(Gazetteer.TOWN | Gazetteer.PLACE)
                || distinct(c) && c.previousWord() != null && c.previousWord().capitalised())) {
            return null;
        }
        return CandidateRebuilds.place(c, state);
    }
}
