package io.newsflow.streams.enrich;

/**
 * Dutch writes a municipality's or province's government with its kind in lower case before the name: "de gemeente
 * Sittard-Geleen", "de provincie Limburg". The kind is part of the body's name (as "Gemeente Amsterdam" and "Provincie
 * Noord-Holland" write it themselves), and what it names is the body, not the place: the name starts at the kind.
 */
final class MunicipalBodies {

    private static final WordSet DUTCH_KINDS = WordSet.of("gemeente", "provincie");
    private static final int DUTCH = 1 << Languages.index("nl");

    private MunicipalBodies() {
    }

    /** Where the body's name starts when a Dutch kind stands in lower case right before the span at i; else i. */
    static int start(String text, Tokens tokens, int i, int stopLanguages) {
        if (i < 1 || (stopLanguages & DUTCH) == 0) {
            return i;
        }
        // ("in de gemeente Utrecht": where, the place)
        boolean where = i >= 3 && (tokens.word(i - 2).hasClass(Word.LOCATIVE) || tokens.word(i - 3).hasClass(Word.LOCATIVE));
        return !where && StreetNames.kindBefore(text, tokens, i, DUTCH_KINDS) ? i - 1 : i;
    }
}
