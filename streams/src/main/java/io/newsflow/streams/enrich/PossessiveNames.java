package io.newsflow.streams.enrich;

/**
 * Names with a possessive inside them: "International Longshoremen's Association", "Farmers' Union
 * of Wales", "People's Bank of China", "Women's Tennis Association". A possessive ends a name
 * elsewhere ("Europe's largest port", "Maersk's Vincent Clerc", "Britain's Labour Party"); it goes
 * on only when the word is a plural of people ("longshoremen's", "farmers'", "people's",
 * "children's") that no list holds as a name, or a saint's name ("St Vincent's University
 * Hospital"), and a body's name follows: an organisation word next, or one word later; or when the word is a
 * title and "Office" or "Department" follows ("Information Commissioner's Office", "Sheriff's Department").
 */
final class PossessiveNames {

    /** The body an office-holder heads, named by the title's possessive: "Attorney General's Office". */
    private static final WordSet OFFICES = WordSet.of("office", "department");

    private PossessiveNames() {
    }

    /** Whether the name goes on from token a, a possessive, to token b. */
    static boolean joins(String text, Tokens tokens, int a, int b) {
        Word w = tokens.word(a);
        boolean possessive = w.possessive();
        if (possessive ? !CandidateFinder.adjacent(text, tokens, a, b)
                : !(apostropheAfter(text, tokens, a, b) && w.lower().endsWith("s") && !w.hasClass(Word.ALL_CAPS))) {
            return false; // neither "Longshoremen's Association" nor "Farmers' Union"
        }
        if (possessive && OFFICES.contains(tokens.word(b).lower()) && tokens.word(b).capitalised()
                && w.withoutPossessive().has(Gazetteer.TITLE)) {
            return true; // "the Information Commissioner's Office", "the Sheriff's Department": an office-holder's body
        }
        boolean saint = afterSaint(text, tokens, a); // asked once: "St Vincent's", "St Thomas' Hospital"
        return (!possessive || saint || ofPeople(w.withoutPossessive()))
                && (saint || !w.withoutPossessive().has(Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.GIVEN_NAME))
                && bodyFollows(text, tokens, b);
    }

    /** "Farmers' Union": the plural's apostrophe, then only white space, between tokens a and b. */
    static boolean apostropheAfter(String text, Tokens tokens, int a, int b) {
        int k = tokens.end(a);
        if (k >= tokens.start(b) || text.charAt(k) != '\'' && text.charAt(k) != '\u2019') {
            return false;
        }
        for (k++; k < tokens.start(b); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return tokens.end(a) + 1 < tokens.start(b);
    }

    /**
     * "longshoremen", "women", "people", "children": irregular plurals of people, which take "'s"; and
     * the crown's names of bodies, "King's College", "Queen's University", "The King's Fund".
     */
    private static boolean ofPeople(Word stem) {
        String lower = stem.lower();
        return lower.endsWith("men") || lower.equals("people") || lower.equals("children") || lower.equals("king")
                || lower.equals("queen") || lower.equals("prince") || lower.equals("princess");
    }

    /** "St Vincent's University Hospital", "St John's College": a saint's name is no name of its own. */
    private static boolean afterSaint(String text, Tokens tokens, int a) {
        if (a == 0) {
            return false;
        }
        String before = tokens.word(a - 1).lower();
        return (before.equals("st") || before.equals("saint"))
                && (CandidateFinder.adjacent(text, tokens, a - 1, a) || tokens.dottedInName(text, a - 1, a));
    }

    /** An organisation word at b, or at b + 1 after one capitalised word ("Women's Tennis Association"). */
    private static boolean bodyFollows(String text, Tokens tokens, int b) {
        if (!tokens.word(b).capitalised()) {
            return false;
        }
        return tokens.word(b).has(Gazetteer.ORG_KEYWORD)
                || b + 1 < tokens.size() && tokens.word(b + 1).capitalised() && tokens.word(b + 1).has(Gazetteer.ORG_KEYWORD)
                && CandidateFinder.adjacent(text, tokens, b, b + 1);
    }
}
