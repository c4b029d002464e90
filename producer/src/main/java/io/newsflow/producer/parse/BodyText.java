package io.newsflow.producer.parse;

import java.util.List;

import io.newsflow.producer.parse.text.HeadingDetector;
import io.newsflow.producer.parse.text.JunkLineDetector;
import io.newsflow.producer.parse.text.TextLines;

/**
 * Turns a plain body string from structured input (JSON, a feed item's text) into body blocks:
 * logical lines, page junk dropped, short unpunctuated lines before a paragraph kept as headings.
 */
final class BodyText {

    private BodyText() {
    }

    static void appendBlocks(ArticleDraft draft, String body) {
        if (HtmlBlocks.looksLikeHtml(body)) {
            HtmlBlocks.appendFragment(draft, body);
            return;
        }
        List<String> lines = TextLines.logicalLines(body).stream().filter(l -> !JunkLineDetector.isJunk(l)).toList();
        for (int i = 0; i < lines.size(); i++) {
            String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (HeadingDetector.isHeading(lines.get(i), next)) {
                draft.heading(lines.get(i));
            } else {
                draft.paragraph(lines.get(i));
            }
        }
    }
}
