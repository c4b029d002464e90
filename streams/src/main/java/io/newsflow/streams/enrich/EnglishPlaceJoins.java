package io.newsflow.streams.enrich;

/**
 * English places whose names take a lower-case word between capitalised ones, for {@link SpanEnds}: a town on its
 * river ("Kingston upon Thames", "Newcastle upon Tyne", "Bradford on Avon", "Walton on Thames") and a borough of two
 * towns ("Blackburn with Darwen Borough Council"). Without it the span broke at the small word: "Kingston" and
 * "Thames" were two places, "Darwen Borough Council" a body without its first town. "upon" joins before a river (or the
 * sea, or Lyme of Newcastle-under-Lyme); "on" and "under" only before one that ends the name or leads into a council's
 * name, since "on" mostly opens a topic ("a report on Avon Fire"); "with" joins only into a council's name, since it
 * mostly joins two parties.
 */
final class EnglishPlaceJoins {

    private static final WordSet RIVERS = WordSet.of("thames", "avon", "trent", "tyne", "tees", "severn", "wye", "hull",
            "humber", "ouse", "dee", "tweed", "wear", "lune", "soar", "stour", "medway", "mersey", "sea", "lyme");
    private static final WordSet COUNCIL_WORDS = WordSet.of("council", "borough", "district", "city", "county", "town");

    private EnglishPlaceJoins() {
    }

    /** Whether tokens[k], a lower-case word after a capitalised one, joins that word to the name after it. */
    static boolean joins(Tokens tokens, int k) {
        if (k == 0 || k + 1 >= tokens.size() || !tokens.word(k - 1).capitalised() || !tokens.word(k + 1).capitalised()) {
            return false;
        }
        return switch (tokens.word(k).surface()) {
            case "upon" -> RIVERS.contains(tokens.word(k + 1).lower()); // "Newcastle upon Tyne Hospitals NHS Trust"
            case "on", "under" -> RIVERS.contains(tokens.word(k + 1).lower())
                    && (k + 2 >= tokens.size() || !tokens.word(k + 2).capitalised() || councilFrom(tokens, k + 2));
            case "with" -> councilAfter(tokens, k + 1);
            default -> false;
        };
    }

    /** A town on its river, the whole name: "Walton on Thames", "Kingston upon Hull" (a body goes on after it). */
    static boolean townOnRiver(Candidate c) {
        int n = c.size();
        return n >= 3 && RIVERS.contains(c.lower(n - 1)) && switch (c.word(n - 2).surface()) {
            case "upon", "on", "under" -> true;
            default -> false;
        };
    }

    /** A capitalised run from {@code from} that ends in "Council": "Darwen Borough Council". */
    private static boolean councilAfter(Tokens tokens, int from) {
        int k = from;
        while (k < tokens.size() && tokens.word(k).capitalised() && k - from < 4) {
            if (k > from && tokens.word(k).lower().equals("council")) {
                return true;
            }
            k++;
        }
        return false;
    }

    /** A council's words open at {@code k}: "... upon Thames Council", "... on Avon District Council". */
    private static boolean councilFrom(Tokens tokens, int k) {
        return COUNCIL_WORDS.contains(tokens.word(k).lower()) && councilAfter(tokens, k - 1);
    }
}
