package io.newsflow.producer.parse;

import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.producer.parse.text.NameCase;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * A writer's name alone in the paragraph that closes an HTML page's story: "<p style="text-align:right"><strong>Nguyễn Văn
 * An</strong></p>", as Vietnamese papers sign under the text. It is the writer when no byline named one, and no paragraph
 * of the story either way; a plain-text page's closing name is {@code ClosingLines}'.
 */
final class ClosingWriters {
    /** The fewest paragraphs a story has before a name closing it counts as its signature. */
    private static final int MIN_PARAGRAPHS = 3;

    private ClosingWriters() {
    }

    /** Reads the closing name, if there is one, into the draft's writers, and takes it out of the text. */
    static void read(ArticleDraft draft) {
        if (draft.body.size() < MIN_PARAGRAPHS) {
            return;
        }
        BodyBlock last = draft.body.get(draft.body.size() - 1);
        String name = last.getText().strip();
        if (last.getKind() != BlockKind.PARAGRAPH || !PersonNames.isName(name)) {
            return;
        }
        if (draft.authors.isEmpty()) {
            draft.addAuthor(NameCase.natural(name));
        } else if (draft.authors.stream().noneMatch(name::equalsIgnoreCase)) {
            return; // (another name than the byline's: leave it, it may be the text's)
        }
        draft.body.remove(draft.body.size() - 1);
    }
}
