package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * A blog theme's post meta written as one line, over or under the story: "Posted on December 5, 2026 by Curaçao Chronicle
 * in Local" (the date, the writer or the outlet, the category), or the writer first ("Posted by: Bennette Roach December 2,
 * 2026 in Local"), and a stamp with the outlet's name before it and a dash:
 * "Dominica News Online - Saturday, December 5th, 2026 at 10:12 AM". Facts, no text.
 */
final class PostedLines {
    private static final Pattern POSTED = UnicodeRegex.compile(
            "(?iu)^\\W*posted on\\s+(.{6,40}?\\d{4})\\s+by\\s+(\\p{Lu}[\\p{L}\\p{M}.'’& -]{1,50}?)(?:\\s+in\\s+(\\p{Lu}[\\p{L}&' -]{1,30}))?\\W*$");
    /** The writer first: "Posted by: Bennette Roach December 2, 2026 in Local", "Posted by Ana Ruiz on 2 December 2026". */
    private static final Pattern POSTED_BY = UnicodeRegex.compile(
            "(?iu)^\\W*posted by:?\\s+(\\p{Lu}.{8,80}?\\d{4})(?:\\s+in\\s+(\\p{Lu}[\\p{L}&' -]{1,30}))?\\W*$");
    private static final Pattern BEFORE_DATE = Pattern.compile("(?i)[\\s,|·•-]+(?:on|am|le)?\\s*$");
    private static final Pattern OUTLET_DASH = UnicodeRegex.compile("^(\\p{Lu}[\\p{L}\\p{M}\\d.'’& ]{2,50}?)\\s+[-–—]\\s+(.{8,80})$");

    private PostedLines() {
    }

    /** Whether the line is such a post meta line; if so, its date, writer or outlet and category are offered to the draft. */
    static boolean taken(String line, ArticleDraft draft) {
        Matcher m = POSTED.matcher(line.strip());
        if (m.matches()) {
            return offered(DateExtractor.find(m.group(1)), m.group(2).strip(), m.group(3), draft);
        }
        Matcher by = POSTED_BY.matcher(line.strip());
        if (!by.matches()) {
            return false;
        }
        Optional<DateExtractor.FoundDate> date = DateExtractor.find(by.group(1));
        int at = date.map(d -> by.group(1).indexOf(d.text())).orElse(-1);
        String writer = at > 0 ? BEFORE_DATE.matcher(by.group(1).substring(0, at)).replaceFirst("").strip() : "";
        return !writer.isEmpty() && offered(date, writer, by.group(2), draft);
    }

    private static boolean offered(Optional<DateExtractor.FoundDate> date, String by, String category, ArticleDraft draft) {
        if (date.isEmpty()) {
            return false;
        }
        draft.offerPublished(date.get().instant(), TimeProvenance.TEXT, date.get().text());
        if (PersonNames.isName(by) && !Outlets.hasOutletWord(by)) {
            draft.addAuthor(by);
        } else if (Outlets.looksLikeOutlet(by)) {
            draft.offerSource(by, TextArticleParser.SIGNATURE);
        }
        draft.offerSection(category == null ? null : category.strip());
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
