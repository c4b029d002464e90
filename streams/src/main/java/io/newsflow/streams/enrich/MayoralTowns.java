package io.newsflow.streams.enrich;

/**
 * A mayor is always the mayor of a place: the name right after "el alcalde de", "le maire de", "il sindaco di", "the
 * mayor of" is a town or a borough, even one named after a person ("el alcalde de Gustavo A. Madero", Mexico City's
 * borough; "le maire de Saint-Pierre"), which a given name would otherwise make a person.
 */
final class MayoralTowns {

    /** Mayors' titles in the languages of the stop lists; English "mayor" only in English (Spanish "mayor de" is "older than"). */
    private static final WordSet MAYORS = WordSet.of("maire", "mairesse", "alcalde", "alcaldesa", "sindaco", "sindaca",
            "burgemeester", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "prefeito",
            "prefeita", "borgmästare", "borgmester", "ordfører");
    private static final WordSet OF = WordSet.of("of", "de", "di", "van", "von", "do", "da", "du");

    private MayoralTowns() {
    }

    /** Whether the candidate comes right after a mayor's title and "of" ("alcalde de *Gustavo A. Madero*"). */
    static boolean after(Candidate c, String language) {
        if (c.initial() || !OF.contains(c.previous())) {
            return false;
        }
        String title = c.beforePrevious();
        return MAYORS.contains(title) || "en".equals(language) && title.equals("mayor");
    }
}
