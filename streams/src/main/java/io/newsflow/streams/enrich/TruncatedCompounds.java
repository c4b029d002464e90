package io.newsflow.streams.enrich;

/**
 * A body's name that shares its compound's last part between two words, the first cut short by a hyphen: Swedish "Post-
 * och telestyrelsen", "Arbets- och näringsdepartementet", Danish "Social- og Boligministeriet", German "Bau- und
 * Verkehrsministerium". The cut word, "and", and the whole compound are one name, whose first word keeps its hyphen;
 * {@link CandidateFinder} takes the compound in (lower case in the Nordic languages, capitalised in German) when it ends
 * with an authority's, a ministry's or an association's word.
 */
final class TruncatedCompounds {

    /** Endings of the Nordic and German words for an authority, a board, a ministry or an association. */
    private static final String[] BODY_ENDINGS = {"styrelsen", "styrelse", "verket", "myndigheten", "departementet",
        "nämnden", "inspektionen", "rådet", "direktoratet", "tilsynet", "ministeriet", "ministerium", "verband", "behörde",
        "förbundet", "forbundet", "nævnet", "nemnda", // (Danish and Norwegian boards: "Radio- og tv-nævnet")
        "kammer", "amt", "stelle", "agentur", // German: "Industrie- und Handelskammer", "Zentral- und Ansprechstelle"
        "autoriteit", "inspectie", "dienst"}; // Dutch: "Voedsel- en Warenautoriteit", "Douane- en Belastingdienst"

    private TruncatedCompounds() {
    }

    /** Token k is cut short by a hyphen before "and" ("Post-" of "Post- och telestyrelsen"). */
    static boolean cutBefore(String text, Tokens tokens, int k) {
        int end = tokens.end(k);
        return k + 1 < tokens.size() && end + 1 < text.length() && text.charAt(end) == '-'
                && Character.isWhitespace(text.charAt(end + 1))
                // Dutch "en" too: after a word cut by a hyphen it is no French or Spanish "in" ("Voedsel- en Warenautoriteit")
                && (tokens.word(k + 1).hasClass(Word.AND) || tokens.word(k + 1).lower().equals("en"));
    }

    /** The span opens with a German body's compound shared by a word cut before "und": "Bau- und Planungsamt Hamburg". */
    static boolean namesBody(Span c, int from, int to) {
        return c.capitalisedNouns && to - from >= 3 && cutBefore(c.text, c.tokens, from) && GermanBodyNouns.isBody(c.lower(from + 2));
    }

    /**
     * Some word of the span [from, to) is cut short by a hyphen before "and": a body's shared compound, which keeps the
     * nation's adjective opening the span as an organisation's word would ("de Nederlandse Voedsel- en Warenautoriteit").
     */
    static boolean sharedIn(Span c, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if (cutBefore(c.text, c.tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** The same shape in a candidate, whose cut word keeps its hyphen: "Wasserstraßen- und Schifffahrtsamt Nord-Ostsee-Kanal". */
    static boolean namesBody(Candidate c) {
        return c.size() >= 3 && c.word(0).surface().endsWith("-") && c.word(1).hasClass(Word.AND)
                && GermanBodyNouns.isBody(c.lower(2));
    }

    /**
     * The end of a span [i, j) once a lower-case compound that a hyphen-cut last word shares is taken in ("Post- och
     * telestyrelsen"), or j.
     */
    static int end(String text, Tokens tokens, int j) {
        if (j + 1 >= tokens.size() || !cutBefore(text, tokens, j - 1)) {
            return j;
        }
        String compound = tokens.word(j + 1).lower();
        for (String ending : BODY_ENDINGS) {
            if (compound.endsWith(ending) && compound.length() > ending.length() + 1) {
                // German's compound is capitalised, and the name goes on after it: "Industrie- und Handelskammer Berlin"
                return tokens.word(j + 1).capitalised() ? Math.max(j + 2, SpanEnds.end(text, tokens, j + 1, true)) : j + 2;
            }
        }
        return j;
    }
}
