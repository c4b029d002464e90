package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Map;

/**
 * The Associated Press's state abbreviations after a town ("TUCSON, Ariz. (AP) —", "in Phoenix,
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
            Map.entry("wyo", "Wyoming"));

    private UsStateAbbreviations() {
    }

    /** The candidate renamed to its state when it is an abbreviation after a town, else null. */
    static Candidate state(Candidate c) {
        if (c.size() != 1 || !c.word(0).capitalised() || c.initial()) {
            return null;
        }
        String state = STATES.get(c.lower(0));
        if (state == null || c.previous().isEmpty() || !Word.of(c.previous()).has(Gazetteer.TOWN | Gazetteer.PLACE)) {
            return null;
        }
        Word[] memo = {Word.of(state)};
        return new Candidate(memo, memo[0].lower(), Gazetteer.PLACE, c.paragraph(), c.start(), c.end(), false,
                c.previous(), c.beforePrevious(), c.next(), false, List.of(), c.previousWord(), c.beforePreviousWord(),
                c.nextWord());
    }
}
