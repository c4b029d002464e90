package io.newsflow.streams.dedup;

/** The verdict on one article. */
public enum DecisionKind {
    /** First seen: published. */
    UNIQUE,
    /** Same normalised body as an earlier article: reported, not published. */
    EXACT,
    /** A near-duplicate republication of an earlier article: reported, not published. */
    NEAR,
    /** A changed version of an articleId already seen: published as an update. */
    REVISION;

    /** Whether articles with this verdict go to the enriched output. */
    public boolean published() {
        return this == UNIQUE || this == REVISION;
    }

    /** The duplicate verdict for a match method. */
    public static DecisionKind of(Method method) {
        return method == Method.EXACT ? EXACT : NEAR;
    }
}
