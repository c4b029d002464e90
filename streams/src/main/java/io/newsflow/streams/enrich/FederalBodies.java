package io.newsflow.streams.enrich;

import java.util.List;

/**
 * German names a federal body in one compound: "Bundesregierung", "Bundesnetzagentur",
 * "Bundesverkehrsministerium", "Bundesamt". "Bundes-" and an institution's head noun name one
 * body, unlike "Bundesland" or "Bundesminister" (a kind of place, a title). A state's ministry is
 * one compound too ("Sozialministerium", "Wirtschaftsministerium"): any word ending in "-ministerium"
 * names one, and so do an audit office's or a high court's compound ("Rechnungshof", "Verfassungsgerichtshof") and a
 * trade's or a profession's chamber ("Wirtschaftskammer", "Ärztekammer").
 * The genitive ("des Bundesverkehrsministeriums", "des Bundestages") names it too, given
 * in the nominative.
 */
final class FederalBodies {

    private static final String PREFIX = "bundes";
    private static final String MINISTRY = "ministerium";
    /** A Swiss ministry's compound, federal or cantonal: "Finanzdepartement", "Verteidigungsdepartement". */
    private static final String DEPARTMENT = "departement";
    private static final List<String> HEADS = List.of("regierung", "ministerium", "agentur", "amt", "bank", "tag",
            "rat", "wehr", "gericht", "gerichtshof", "polizei", "anstalt", "behörde", "verband", "institut", "vereinigung",
            "kammer", "zentrale");

    /** Audit offices and courts named by one compound with no "Bundes-": Austria's and the states' ("Rechnungshof"). */
    private static final List<String> COURTS = List.of("rechnungshof", "verfassungsgerichtshof", "verwaltungsgerichtshof",
            "kartellamt");

    /**
     * Chambers of a trade or a profession in one compound, federal or not ("in der Wirtschaftskammer", "die
     * Ärztekammer Nordrhein"); not every "-kammer" (a darkroom, a treasury, a heart's ventricle).
     */
    private static final List<String> CHAMBERS = List.of("wirtschaftskammer", "arbeiterkammer", "handelskammer",
            "handwerkskammer", "ärztekammer", "apothekerkammer", "anwaltskammer", "notarkammer", "architektenkammer",
            "ingenieurkammer", "steuerberaterkammer", "pflegekammer", "psychotherapeutenkammer");

    /** A city state's or a state's government office in one compound: "Senatsverwaltung für Inneres", "Staatskanzlei". */
    private static final List<String> STATE_OFFICES = List.of("senatsverwaltung", "senatskanzlei", "staatskanzlei");

    private FederalBodies() {
    }

    /** Whether the lower-case word is "Bundes-" and an institution's head ("bundesnetzagentur"), or a ministry. */
    static boolean is(String lower) {
        if (lower.endsWith(MINISTRY) && lower.length() > MINISTRY.length() + 2
                || lower.endsWith(DEPARTMENT) && lower.length() > DEPARTMENT.length() + 3) {
            return true; // "sozialministerium", "finanzdepartement"
        }
        for (String court : COURTS) {
            if (lower.endsWith(court)) {
                return true; // "Rechnungshof", "Landesrechnungshof", "Verfassungsgerichtshof"
            }
        }
        for (String chamber : CHAMBERS) {
            if (lower.endsWith(chamber)) {
                return true; // "Wirtschaftskammer", "Landesärztekammer"
            }
        }
        if (STATE_OFFICES.contains(lower)) {
            return true; // "die Senatsverwaltung für Inneres und Sport", "die Bayerische Staatskanzlei"
        }
        if (!lower.startsWith(PREFIX) || lower.length() <= PREFIX.length() + 2) {
            return false;
        }
        for (String head : HEADS) {
            if (lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** The nominative of a federal body's genitive ("Bundesamts", "Bundestages"), or null when the word is none. */
    static Word nominative(Word word) {
        String lower = word.lower();
        if (!word.capitalised() || !(lower.startsWith(PREFIX) || lower.endsWith(MINISTRY + "s") || lower.endsWith(DEPARTMENT + "s"))
                || !lower.endsWith("s")
                || is(lower)) {
            return null;
        }
        for (int cut = 1; cut <= 2; cut++) {
            String stem = lower.substring(0, lower.length() - cut);
            if (is(stem) && (cut == 1 || lower.endsWith("es"))) {
                return Word.of(word.surface().substring(0, word.length() - cut));
            }
        }
        return null;
    }

    /** Whether the word names a federal body ({@link #is}), compared without case (a memoised class bit). */
    static boolean is(Word word) {
        return word.hasClass(Word.FEDERAL_BODY);
    }

    /** Whether the word names a federal body in the nominative or the genitive. */
    static boolean named(Word word) {
        return is(word) || nominative(word) != null;
    }
}
