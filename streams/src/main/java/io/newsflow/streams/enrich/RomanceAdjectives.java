package io.newsflow.streams.enrich;

/**
 * The Romance adjectives a public body's name takes after its head, as {@link RomanceBodies} reads them: without
 * part-of-speech tags an adjective is told from a verb by its ending only, so the endings are the adjectives' that
 * verbs rarely have ("-ale", "-ico", "-ivo", "-ese"), and the adjectives whose endings verbs share are listed one by one
 * ("nucleare", "costiera"); lower-case demonyms count too ("Union syndicale suisse").
 */
final class RomanceAdjectives {

    private static final String[] ADJECTIVE_ENDINGS = {"ale", "ali", "ile", "ili", "ore", "iore", "iori", "ico", "ica",
        "ici", "iche", "ivo", "iva", "ivi", "ive", "ario", "aria", "ari", "arie", "ese", "esi", "eo", "ea", "ei", "ee",
        "al", "ales", "ique", "iques", "el", "elle", "els", "elles", "ien", "ienne", "éen", "éenne", "ana", "ane", "ista",
        "itime", "imo", "ima", // "maritime", "marittimo", "marítima" (not French verbs: "estime", "exprime")
        "aire", "aires", "ier", "iers", "ière", "ières", // "universitaire", "hospitalier", "routière"
        "ieur", "ieure", "ieurs", "ieures", // "supérieur", "intérieure"
        "able", "ables", "ible", "ibles", // "renouvelable", "responsable", "sostenible"
        "iste", "istes", // "Parti communiste", "Parti écologiste" (not the verbs "existe", "insiste": see is)
        "ic", "ics", // "Transports publics de la région lausannoise"
        "ains", "aines"}; // "Ligue des droits humains" (plurals only: not "semaine", "demain")
    /** Italian adjectives in "-are", whose ending is also the infinitive's ("approvare"), so listed one by one. */
    private static final WordSet ARE_ADJECTIVES = WordSet.of("nucleare", "nucleari", "solare", "solari", "popolare",
            "popolari", "militare", "militari", "molecolare", "lineare", "scolare", "scolari");

    /** Italian adjectives that never change, made of "anti-" and a noun: "Direzione distrettuale antimafia". */
    private static final WordSet INVARIANT_ADJECTIVES = WordSet.of("antimafia", "anticorruzione", "antiterrorismo", "antidroga",
            "antifrode", "antiriciclaggio", "antiusura",
            // "autonomous", whose ending no other adjective's list holds: "Provincia autonoma di Trento", "Comunidad autónoma"
            "autonoma", "autonomo", "autonome", "autonomi", "autónoma", "autónomo", "autônoma", "autônomo");

    /** "Coastal", listed since its "-iera" is also Spanish's past subjunctive ("quisiera"): "la Guardia costiera". */
    private static final WordSet COASTAL = WordSet.of("costiera", "costiero", "costiere", "costieri", "costera", "costero");

    /** French demonyms' endings ("bruxellois", "français", "lyonnaise"), longer than "trois" or "mais". */
    private static final String[] DEMONYM_ENDINGS = {"ois", "oise", "ais", "aise"};
    private static final int MIN_DEMONYM = 7;

    private RomanceAdjectives() {
    }

    /** Whether the lower-case word is an adjective a body's name takes after its head (by its ending or a list). */
    static boolean is(Word w) {
        String lower = w.lower();
        if (lower.length() < 5 || w.stopLanguages() != 0) {
            return false;
        }
        if (w.has(Gazetteer.LOWER_DEMONYM) || ARE_ADJECTIVES.contains(lower) || INVARIANT_ADJECTIVES.contains(lower)
                || COASTAL.contains(lower)) {
            return true; // "Union syndicale suisse", "Banca nazionale svizzera"; "di fisica nucleare" (not the verbs in "-are")
        }
        for (String ending : DEMONYM_ENDINGS) {
            if (lower.length() >= MIN_DEMONYM && lower.endsWith(ending)) {
                return true;
            }
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return !lower.endsWith("siste") && !lower.endsWith("xiste"); // "existe", "insiste", "consiste" are verbs
            }
        }
        return false;
    }
}
