package io.newsflow.producer.parse;

import io.newsflow.avro.BlockKind;

/**
 * A feed item's content that opens as its page does, with the headline again and the subtitle under it, as headings
 * (Medium's: {@code <h3>What Leeds learned ...</h3><h4>Ridership rose by a third ...</h4><p>...}). The headline is the
 * item's title, not a subheading of the story; the subtitle under it is the standfirst when the item gives none.
 */
final class FeedContentHeads {

    private FeedContentHeads() {
    }

    /** Drops a heading repeating the title at the body's head, and takes the heading under it as the lead if none. */
    static void read(ArticleDraft draft) {
        if (draft.title == null || draft.body.size() < 2 || draft.body.get(0).getKind() != BlockKind.HEADING
                || !ArticleIds.normaliseText(draft.body.get(0).getText()).equals(ArticleIds.normaliseText(draft.title))) {
            return;
        }
        draft.body.remove(0);
        if (draft.lead == null && draft.body.size() > 1 && draft.body.get(0).getKind() == BlockKind.HEADING
                && draft.body.get(1).getKind() == BlockKind.PARAGRAPH) {
            draft.lead = draft.body.remove(0).getText();
        }
    }
}
