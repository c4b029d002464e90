package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;

/**
 * Bodies whose name's shape alone says so. In any language a town's council named by its word for "town" ("la Ville de
 * Tournai", "the City of Cork"), whose first word may also be a given name (Finnish "Ville"). In German, which
 * capitalises every noun so that capitals say nothing: a city's adjective and a body's noun ({@link CityBodies}: "die
 * Münchner Verkehrsgesellschaft"), a body named for its members in the genitive ("der Bund der Steuerzahler"), an
 * adjective and a body's noun ({@link AdjectiveBodies}: "des Statistischen Bundesamts"), each given in the nominative.
 */
final class BodyNameShapes {

    /** A town's word opening its council's name, capitalised, before "of" and the town. */
    private static final WordSet TOWN_WORDS = WordSet.of("ville", "city", "stad", "città", "ciudad", "cidade", "miasto");

    private BodyNameShapes() {
    }

    /** The candidate typed by its body's shape, or null when it has none. */
    static Typed typed(Candidate c, boolean german) {
        if (c.size() == 3 && TOWN_WORDS.contains(c.lower(0)) && PlaceCues.OF.contains(c.lower(1)) && c.word(2).capitalised()
                && !c.word(2).has(Gazetteer.ORG_KEYWORD)) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "la Ville de Tournai"
        }
        if (!german) {
            return null;
        }
        if (CityBodies.is(c) || TruncatedCompounds.namesBody(c)) { // "das Wasserstraßen- und Schifffahrtsamt Elbe"
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null);
        }
        Typed members = membersBody(c);
        if (members != null) {
            return members;
        }
        // "des Statistischen Bundesamts": Statistisches Bundesamt; "am Pirnaischen Platz", a place
        return AdjectiveBodies.is(c) ? new Typed(AdjectiveBodies.nominative(c), AdjectiveBodies.type(c), Strength.CUED, null) : null;
    }

    /**
     * "der Bund der Steuerzahler", "des Verbandes der Automobilindustrie": a body named for its members ({@link
     * SpanEnds#membersBody}), its head in the nominative ("Verband der Automobilindustrie"); null for any other candidate.
     */
    private static Typed membersBody(Candidate c) {
        if (c.size() < 3 || !SpanEnds.membersBody(c.lower(0), c.lower(1))) {
            return null;
        }
        String head = c.word(0).surface();
        int cut = head.endsWith("des") ? 2 : head.endsWith("s") ? 1 : 0; // "Bundes", "Verbandes"; "Vereins", "Verbands"
        Candidate nominative = cut == 0 ? c : CandidateRebuilds.withFirstWord(c, Word.of(head.substring(0, head.length() - cut)));
        return new Typed(nominative, EntityType.ORGANIZATION, Strength.CUED, null);
    }
}
