package io.newsflow.streams.enrich;

/**
 * National and natural parks, places whatever words name them: "Białowieski Park Narodowy", "Parque Nacional de Doñana",
 * "Parco nazionale del Gran Paradiso", and a name after its park's kind and adjective in lower case ("nel parco naturale
 * Adamello Brenta", "le parc national des Écrins"). "Park" alone is no place's word: it is a Korean surname too.
 */
final class ProtectedAreas {

    private static final WordSet PARKS = WordSet.of("park", "parku", "parque", "parco", "parc");
    private static final WordSet NATIONAL = WordSet.of("narodowy", "narodowego", "narodowym", "nacional", "nazionale",
            "national", "naturale", "natural", "regionale", "regional", "krajobrazowy");

    private ProtectedAreas() {
    }

    /** A park and its national or natural adjective, anywhere in the name: a protected area. */
    static boolean named(Candidate c) {
        for (int k = 0; k + 1 < c.size(); k++) {
            if (PARKS.contains(c.lower(k)) && NATIONAL.contains(c.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The name comes right after a park's kind and its adjective ("parco naturale Adamello Brenta"). */
    static boolean afterKind(Candidate c) {
        return NATIONAL.contains(c.previous()) && PARKS.contains(c.beforePrevious());
    }
}
