package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * A blog theme's post meta written as one line, over or under the story: "Posted on December 5, 2026 by Curaçao Chronicle
 * in Local" (the date, the writer or the outlet, the category), and a stamp with the outlet's name before it and a dash:
 * "Dominica News Online - Saturday, December 5th, 2026 at 10:12 AM". Facts, no text.
 */
final class PostedLines {
    private static final Pattern POSTED = UnicodeRegex.compile(
            "(?iu)^\\W*posted on\\s+(.{6,40}?\\d{4})\\s+by\\s+(\\p{Lu}[\\p{L}\\p{M}.'’& -]{1,50}?)(?:\\s+in\\s+(\\p{Lu}[\\p{L}&' -]{1,30}))?\\W*$");
    private static final Pattern OUTLET_DASH = UnicodeRegex.compile("^(\\p{Lu}[\\p{L}\\p{M}\\d.'’& ]{2,50}?)\\s+[-–—]\\s+(.{8,80})$");

    private PostedLines() {
    }

    /** Whether the line is such a post meta line; if so, its date, writer or outlet and category are offered to the draft. */
    static boolean taken(String line, ArticleDraft draft) {
        Matcher m = POSTED.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        Optional<DateExtractor.FoundDate> date = DateExtractor.find(m.group(1));
        if (date.isEmpty()) {
            return false;
        }
        draft.offerPublished(date.get().instant(), TimeProvenance.TEXT, date.get().text());
        String by = m.group(2).strip();
        if (PersonNames.isName(by) && !Outlets.hasOutletWord(by)) {
            draft.addAuthor(by);
        } else if (Outlets.looksLikeOutlet(by)) {
            draft.offerSource(by, TextArticleParser.SIGNATURE);
        }
        draft.offerSection(m.group(3) == null ? null : m.group(3).strip());
        return true;
    }

    /** "Dominica News Online - Saturday, December 5th, 2026 at 10:12 AM": the stamp after the outlet's name, and the outlet. */
    static Optional<MetaDateLine.Result> outletStamp(String line) {
        Matcher m = OUTLET_DASH.matcher(line.strip());
        if (!m.matches() || !Outlets.hasOutletWord(m.group(1)) || !Outlets.looksLikeOutlet(m.group(1))) {
            return Optional.empty();
        }
        return MetaDateLine.parse(m.group(2)).map(r -> new MetaDateLine.Result(r.published(), r.updated(), m.group(1).strip()));
    }
}
