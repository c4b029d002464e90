package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The lines that close a text and name who wrote or published it: a letter or column signed with
 * the writer's name over a place or outlet ("Margaret Hill" / "Cardiff"), or a bare signature
 * ({@code Portline.Info}, {@code Le Monde avec AFP}, {@code dpa/AFP}) read by {@link SignatureDetector}.
 */
final class ClosingLines {
    private static final Pattern SHORT_PLACE_OR_OUTLET = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ ,]+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}");

    private ClosingLines() {
    }

    /** Reads and removes the closing signature lines of {@code content} (the text after the headline). */
    static void take(ArticleDraft draft, List<String> content) {
        if (content.size() < 2) {
            return;
        }
        String last = content.get(content.size() - 1);
        // a letter or column signed with the writer's name over a place or outlet ("Margaret Hill" / "Cardiff")
        String penultimate = content.get(content.size() - 2).strip();
        if (content.size() >= 4 && PersonNames.isBareNameList(penultimate) && SHORT_PLACE_OR_OUTLET.matcher(last.strip()).matches()) {
            if (draft.authors.isEmpty()) {
                PersonNames.split(penultimate).forEach(draft::addAuthor);
            }
            if (Outlets.hasOutletWord(last)) {
                draft.offerSource(last.strip(), TextArticleParser.SIGNATURE);
            }
            content.subList(content.size() - 2, content.size()).clear();
            return;
        }
        Optional<String> outlet = SignatureDetector.signature(last);
        if (outlet.isEmpty()) {
            return;
        }
        content.remove(content.size() - 1);
        // a closing person's name signs the piece only when no byline named the author
        if (draft.authors.isEmpty() && draft.source != null && PersonNames.isName(outlet.get())) {
            draft.addAuthor(NameCase.natural(outlet.get()));
        } else {
            draft.offerSource(outlet.get(), TextArticleParser.SIGNATURE);
        }
    }
}
