package io.newsflow.streams.enrich;

/**
 * Sites that are places by the kind of site their name gives, in words no place list holds: a church named in one
 * compound, as German, Dutch and the Nordic languages write them ("die Bonifatiuskirche in Wiesbaden", "de Westerkerk",
 * "Storkyrkan", "Marmorkirken"; "Kirche" alone is a body's word, "Evangelische Kirche in Deutschland", and so are
 * "Landeskirche", "Freikirche" and the like); and a national or natural park, whatever its language ("Białowieski Park
 * Narodowy", "Parque Nacional de Doñana"), or a name after its park's kind and adjective in lower case ("nel parco
 * naturale Adamello Brenta"). "Park" alone is no place's word: it is a Korean surname too.
 */
final class SiteNames {

    private static final String[] CHURCH_ENDINGS = {"kirche", "kerk", "kyrkan", "kyrka", "kirken", "kirke"};
    /** A church as a body or a kind of one, not a building. */
    private static final WordSet CHURCH_BODIES = WordSet.of("landeskirche", "freikirche", "volkskirche", "staatskirche",
            "amtskirche", "weltkirche", "ortskirche", "mutterkirche", "staatskerk", "volkskerk", "moederkerk",
            "statskyrka", "statskyrkan", "folkekirke", "folkekirken", "statskirke", "statskirken", "frikirke", "frikyrka");
    /** The shortest stem a church's name puts before the ending ("Domkirke" is four letters: "Dom"). */
    private static final int MIN_STEM = 3;
    private static final WordSet PARKS = WordSet.of("park", "parku", "parque", "parco", "parc");
    private static final WordSet NATIONAL = WordSet.of("narodowy", "narodowego", "narodowym", "nacional", "nazionale",
            "national", "naturale", "natural", "regionale", "regional", "krajobrazowy");

    private SiteNames() {
    }

    /** Whether the lower-case word names one church building ("bonifatiuskirche"). */
    static boolean church(String lower) {
        for (String ending : CHURCH_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= MIN_STEM) {
                return !CHURCH_BODIES.contains(lower);
            }
        }
        return false;
    }

    /** A park and its national or natural adjective, anywhere in the name: a protected area. */
    static boolean park(Candidate c) {
        for (int k = 0; k + 1 < c.size(); k++) {
            if (PARKS.contains(c.lower(k)) && NATIONAL.contains(c.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The name comes right after a park's kind and its adjective ("parco naturale Adamello Brenta"). */
    static boolean afterParkKind(Candidate c) {
        return NATIONAL.contains(c.previous()) && PARKS.contains(c.beforePrevious());
    }

    /** A company's plant or site, named by its owner and its town: "l'usine Lactalis de Vitré", "lo stabilimento Barilla di Foggia". */
    private static final WordSet PLANTS = WordSet.of("usine", "site", "entrepôt", "stabilimento", "fabbrica", "fábrica", "planta");

    /** The word (its elided article aside: "l'usine") is a plant's or a site's noun. */
    static boolean plant(Word word) {
        return PLANTS.contains(word.withoutElision().lower());
    }
}
