package io.newsflow.streams.enrich;

/**
 * German nouns that head a body's name, in the nominative or the genitive a sentence may put them in: compounds ending
 * in a body's word ("Landesamt", "Caritasverband", "Kulturstiftung", "Handwerkskammer"; "des Landesamts für Umwelt")
 * and the heads of bodies named for their members ("Bund der Steuerzahler", "des Verbandes der Automobilindustrie").
 * German capitalises every noun, so such a head is what tells a body's name from a run of nouns.
 */
final class GermanBodyNouns {

    /** German bodies' compound heads, the compound's last word (never alone: "Amt" is a plain noun). */
    private static final String[] ENDINGS = {"amt", "verband", "anstalt", "behörde", "stiftung", "verein",
        "kammer", "zentrum", "agentur", "institut", "gesellschaft", "konferenz", "innung", // "die Landesinnung der Bäcker"
        "verwaltung"}; // "die Senatsverwaltung für Inneres und Sport", "die Stadtverwaltung"

    /**
     * German bodies' heads that are whole words, in the nominative and genitive, before "der" and their members, or "für"
     * and their field ("Institut der deutschen Wirtschaft", "des Instituts für Weltwirtschaft").
     */
    private static final WordSet HEADS = WordSet.of("bund", "bundes", "verband", "verbandes", "verbands", "verein",
            "vereins", "vereinigung", "institut");

    /** German's indefinite article: "ein Forschungszentrum für ..." is some body of that kind, no name. */
    static final WordSet INDEFINITE = WordSet.of("ein", "eine", "einer", "einem", "einen", "eines");

    private GermanBodyNouns() {
    }

    /** A body's head, in the nominative or the genitive: "Landesamt", "Landesamts", "Bundes", "Forschungsinstitutes". */
    static boolean isBody(String lower) {
        return genitiveCut(lower) >= 0;
    }

    /** The head in the nominative, the body's own name: "Landesamts" is "Landesamt", "Verbandes" "Verband". */
    static String nominative(String surface) {
        int cut = genitiveCut(surface.toLowerCase(java.util.Locale.ROOT));
        return cut <= 0 ? surface : surface.substring(0, surface.length() - cut);
    }

    /**
     * A body named for its members, in the genitive after it: "Bund der Steuerzahler", "Bundesverband der Deutschen
     * Industrie", "Zentralverband des Deutschen Handwerks" (its head in the nominative or the genitive).
     */
    static boolean namedForMembers(String lower) {
        return HEADS.contains(lower) || lower.length() > 9 && (lower.endsWith("verband") || lower.endsWith("verbandes")
                || lower.endsWith("verbands") || lower.endsWith("vereinigung") || lower.endsWith("innung"));
    }

    /** Such a body's head, then the genitive article of its members: "Bund der", "Zentralverband des". */
    static boolean namedForMembers(String head, String article) {
        return namedForMembers(head) && (article.equals("der") || article.equals("des"));
    }

    /** "Landesamt für Denkmalpflege", "des Instituts für Weltwirtschaft": words from..to-1, a body's noun, "für" and its field. */
    static boolean withField(Span c, int from, int to) {
        return to - from > 2 && isBody(c.lower(from)) && c.lower(from + 1).equals("für");
    }

    /** "Bund der Steuerzahler", "Zentralverband des Deutschen Handwerks": words from..to-1, a body named for its members. */
    static boolean withMembers(Span c, int from, int to) {
        return to - from > 2 && to - from <= 4 && namedForMembers(c.lower(from), c.lower(from + 1));
    }

    /** The length of the genitive ending ("-s", "-es") on a body's head, 0 in the nominative, -1 for another word. */
    private static int genitiveCut(String lower) {
        for (int cut = 2; cut >= 0; cut--) { // the longest ending first: "Bundes" is "Bund"'s genitive
            if (cut > 0 && !lower.endsWith(cut == 1 ? "s" : "es")) {
                continue;
            }
            String stem = lower.substring(0, lower.length() - cut);
            if (HEADS.contains(stem)) {
                return cut;
            }
            for (String ending : ENDINGS) {
                if (stem.endsWith(ending) && stem.length() > ending.length() + 2) {
                    return cut;
                }
            }
        }
        return -1;
    }
}
