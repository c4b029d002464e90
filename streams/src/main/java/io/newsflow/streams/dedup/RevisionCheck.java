package io.newsflow.streams.dedup;

import java.util.Collection;
import java.util.Comparator;

/**
 * Decides what an article is relative to earlier versions with the same articleId (same URL):
 * new, an unchanged re-ingest, or a revision with a changed body.
 *
 * @param outcome NEW, SAME_CONTENT or REVISION
 * @param revision the article's revision number: 0 when NEW, the previous one's when SAME_CONTENT,
 *                 previous + 1 when REVISION
 * @param previous the latest earlier version, null when NEW
 */
public record RevisionCheck(Outcome outcome, int revision, Candidate previous) {

    /** The three outcomes. */
    public enum Outcome {
        /** No earlier version within the horizon. */
        NEW,
        /** The same normalised body again: reported as an EXACT duplicate of itself, not republished. */
        SAME_CONTENT,
        /** A changed body: a new revision, published as an update. */
        REVISION
    }

    /** The content hash of the version this one replaces, or null. */
    public String previousContentHash() {
        return previous == null ? null : previous.contentHash();
    }

    /**
     * @param earlier the versions of this articleId found in the revision store (any order)
     * @param contentHash the new version's content hash
     */
    public static RevisionCheck of(Collection<Candidate> earlier, String contentHash) {
        Candidate latest = earlier.stream()
                .max(Comparator.comparingInt(Candidate::revision).thenComparingLong(Candidate::eventTime))
                .orElse(null);
        if (latest == null) {
            return new RevisionCheck(Outcome.NEW, 0, null);
        }
        // Any earlier version with this exact body (a revert included) makes it a re-ingest, not a change.
        for (Candidate c : earlier) {
            if (c.contentHash().equals(contentHash)) {
                return new RevisionCheck(Outcome.SAME_CONTENT, c.revision(), c);
            }
        }
        return new RevisionCheck(Outcome.REVISION, latest.revision() + 1, latest);
    }
}
