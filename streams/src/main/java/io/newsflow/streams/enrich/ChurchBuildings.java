package io.newsflow.streams.enrich;

/**
 * Churches named in one compound, as German, Dutch and the Nordic languages write them ("die Bonifatiuskirche in
 * Wiesbaden", "de Westerkerk", "Storkyrkan", "Marmorkirken"): a building, so a place, though "Kirche" alone is a body's
 * word ("Evangelische Kirche in Deutschland"). Not the compounds that name a church as a body or a kind of one
 * ("Landeskirche", "Freikirche", "Volkskirche").
 */
final class ChurchBuildings {

    private static final String[] ENDINGS = {"kirche", "kerk", "kyrkan", "kyrka", "kirken", "kirke"};
    /** A church as a body or a kind of one, not a building. */
    private static final WordSet BODIES = WordSet.of("landeskirche", "freikirche", "volkskirche", "staatskirche",
            "amtskirche", "weltkirche", "ortskirche", "mutterkirche", "staatskerk", "volkskerk", "moederkerk",
            "statskyrka", "statskyrkan", "folkekirke", "folkekirken", "statskirke", "statskirken", "frikirke", "frikyrka");
    /** The shortest stem a building's name puts before the ending ("Domkirke" is four letters: "Dom"). */
    private static final int MIN_STEM = 3;

    private ChurchBuildings() {
    }

    /** Whether the lower-case word names one church building ("bonifatiuskirche"). */
    static boolean is(String lower) {
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= MIN_STEM) {
                return !BODIES.contains(lower);
            }
        }
        return false;
    }
}
