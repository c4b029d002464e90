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
        // "des Statistischen Bundesamts": Statistisches Bundesamt; "am Pirnaischen Platz", a place; before a town's body's
        // shape, which would keep the genitive's adjective ("des Staatlichen Bauamts Passau": Staatliches Bauamt Passau)
        if (AdjectiveBodies.is(c)) {
            return new Typed(AdjectiveBodies.nominative(c), AdjectiveBodies.type(c), Strength.CUED, null);
        }
        if (CityBodies.is(c) || TruncatedCompounds.namesBody(c)) { // "das Wasserstraßen- und Schifffahrtsamt Elbe"
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null);
        }
        Typed members = membersBody(c);
        if (members != null) {
            return members;
        }
        Typed forField = bodyForField(c);
        if (forField != null) {
            return forField;
        }
        return null;
    }

    /**
     * "der Bund der Steuerzahler", "des Verbandes der Automobilindustrie": a body named for its members ({@link
     * GermanBodyNouns#namedForMembers}), its head in the nominative ("Verband der Automobilindustrie"); null for any other candidate.
     */
    private static Typed membersBody(Candidate c) {
        if (c.size() < 3 || !GermanBodyNouns.namedForMembers(c.lower(0), c.lower(1))) {
            return null;
        }
        return new Typed(headInNominative(c), EntityType.ORGANIZATION, Strength.CUED, null);
    }

    /**
     * "das Landesamt für Denkmalpflege", "des Bundesamts für Strahlenschutz": a body's compound, "für" and its field, its
     * head in the nominative; null for any other candidate. (Without a place after it, it was read as a person's name.)
     */
    private static Typed bodyForField(Candidate c) {
        if (c.size() < 3 || !c.lower(1).equals("für") || !GermanBodyNouns.isBody(c.lower(0))
                || GermanBodyNouns.INDEFINITE.contains(c.previous())) { // "ein Forschungszentrum für Robotik": some centre
            return null;
        }
        return new Typed(headInNominative(c), EntityType.ORGANIZATION, Strength.CUED, null);
    }

    /** "Bundes", "Verbandes", "Vereins", "Landesamts": the candidate with its first word, a body's head, in the nominative. */
    private static Candidate headInNominative(Candidate c) {
        String head = c.word(0).surface();
        String nominative = GermanBodyNouns.nominative(head);
        return nominative.equals(head) ? c : CandidateRebuilds.withFirstWord(c, Word.of(nominative));
    }
}
