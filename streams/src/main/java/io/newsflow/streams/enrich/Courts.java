package io.newsflow.streams.enrich;


/**
 * French and Italian write a court's name in lower case before its town: "le tribunal judiciaire de
 * Lyon", "la cour d'appel de Versailles", "le tribunal de commerce de Nanterre", "il tribunale di
 * Milano", "la procura di Palermo", "le parquet de Paris"; and a university's ("l'université de La Rochelle", "l'università di
 * Padova") or an education authority's ("le rectorat de Lille"). Only the town is capitalised, so the span held the town alone and the court or university,
 * the organisation the sentence speaks of, was lost. The lower-case words open the name
 * ({@link CandidateFinder} starts the span at them), as a lower-case ministry's do ({@link Ministries}).
 */
final class Courts {

    /** The words that open a court's name. "cour" only before its kind ({@link #COUR_KINDS}): "la cour de l'école" is a yard. */
    private static final WordSet HEADS = WordSet.of("tribunal", "tribunale", "cour", "procura", "université", "università",
            "rectorat", // and a French education authority: "le rectorat de Lille"
            "parquet"); // a prosecutor's office: "le parquet de Paris a ouvert une enquête"
    private static final WordSet COUR_KINDS = WordSet.of("d'appel", "d\u2019appel", "d'assises", "d\u2019assises",
            "administrative");
    /** The lower-case words between the head and the town's "of": the court's kind and its complement. */
    private static final WordSet QUALIFIERS = WordSet.of("judiciaire", "administratif", "administrative", "correctionnel",
            "civil", "civile", "penale", "d'appel", "d\u2019appel", "d'assises", "d\u2019assises", "de", "commerce",
            "grande", "instance", "amministrativo", "regionale", "ordinario", "d'appello", "d\u2019appello");
    /** The "of" before the town. */
    private static final WordSet OF_TOWN = WordSet.of("de", "di");
    /** How many words before the town the head may stand: "tribunal de grande instance de Lille" is five. */
    private static final int MAX_BACK = 5;

    private Courts() {
    }

    /** Where the name starts when a lower-case court, its kind and "of" stand right before the town at token i, else i. */
    static int start(String text, Tokens tokens, int i) {
        if (i < 2 || !OF_TOWN.contains(tokens.word(i - 1).lower()) || tokens.word(i - 1).capitalised()) {
            return i;
        }
        for (int k = i - 2; k >= 0 && k >= i - MAX_BACK; k--) {
            Word w = tokens.word(k);
            if (w.capitalised() || !CandidateFinder.adjacent(text, tokens, k, k + 1)) {
                return i;
            }
            if (HEADS.contains(w.lowerWithoutElision()) && (!w.lower().equals("cour") || COUR_KINDS.contains(tokens.word(k + 1).lower()))) {
                return k;
            }
            if (!QUALIFIERS.contains(w.lower())) {
                return i;
            }
        }
        return i;
    }
}
