package io.newsflow.producer.parse;

import com.rometools.rome.feed.synd.SyndEntry;

import io.newsflow.avro.BodyBlock;

/**
 * An aggregator's feed item names the outlet that published the story in its own {@code <source>} element
 * (Google News: {@code <source url="https://www.cbc.ca">CBC News</source>}), closes the title with it ("... -
 * CBC News") and repeats it after the headline in the description. The outlet is the item's source, above the
 * aggregator's channel title; the title and the text are read without it.
 */
final class AggregatedItems {
    /** Above the channel's title (offered at the default trust) and below any byline. */
    private static final int ITEM_SOURCE = 1;

    private AggregatedItems() {
    }

    /** Reads the item's own source into the draft and takes it off the title's and the text's ends. */
    static void read(SyndEntry entry, ArticleDraft draft) {
        String source = entry.getSource() == null || entry.getSource().getTitle() == null ? null
                : entry.getSource().getTitle().strip();
        if (source == null || source.isEmpty()) {
            return;
        }
        draft.offerSource(source, ITEM_SOURCE);
        String suffix = " - " + source;
        if (draft.title != null && draft.title.endsWith(suffix) && draft.title.length() > suffix.length()) {
            draft.title = draft.title.substring(0, draft.title.length() - suffix.length()).strip();
        }
        // an aggregator's description is one line, the headline's link and the outlet: a story's own text is left alone
        if (draft.body.size() == 1) {
            BodyBlock last = draft.body.get(0);
            String text = last.getText().replaceAll("[\\s\\u00A0]+$", "");
            if (text.endsWith(source) && text.length() > source.length()
                    && Character.isSpaceChar(text.charAt(text.length() - source.length() - 1))) {
                last.setText(text.substring(0, text.length() - source.length()).replaceAll("[\\s\\u00A0]+$", ""));
            }
        }
    }
}
