package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a block of lines is one paragraph hard-wrapped at 40-100 characters, mostly mid-sentence (or a narrow printed
 * column's, or a headline's wrapped), and the block's lines joined back into it; a list written an item a line, a title
 * over its date, a byline over its stamp stay lines. Asked by {@link TextLines} for every block of the page.
 */
final class HardWrappedLines {
    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 100;
    private static final int NARROW_MIN = 20;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:\"”]$");
    /** A list's item: a bullet, a dash or a number ("1.", "2)") and a space before its text. */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[•·▪▸►◦‣✓✔–—-]|\\d{1,2}[.)])\\s+\\S");

    private HardWrappedLines() {
    }

    /** The wrapped lines as one, a word broken at a line's end ("Commis-" / "sioners") whole again. */
    static String joinWrapped(List<String> group) {
        StringBuilder joined = new StringBuilder(group.get(0));
        for (String next : group.subList(1, group.size())) {
            int last = joined.length() - 1;
            if (last > 0 && joined.charAt(last) == '-' && Character.isLowerCase(joined.charAt(last - 1))
                    && Character.isLowerCase(next.codePointAt(0))) {
                joined.setLength(last);
            } else {
                joined.append(' ');
            }
            joined.append(next);
        }
        return joined.toString();
    }

    /**
     * A narrow column (a printed page's text extracted line by line): lines of 20 to 100 characters, two thirds of
     * which go on in the next in lower case or break a word or clause ("Commis-", "mil-", "bridge," / "over the").
     */
    private static boolean isNarrowColumn(List<String> group) {
        int goesOn = 0;
        for (int i = 0; i < group.size() - 1; i++) {
            String line = group.get(i);
            if (line.length() < NARROW_MIN || line.length() > WRAP_MAX) {
                return false;
            }
            char end = line.charAt(line.length() - 1);
            goesOn += Character.isLowerCase(group.get(i + 1).codePointAt(0)) || end == '-' || end == ',' ? 1 : 0;
        }
        return goesOn * 3 >= (group.size() - 1) * 2;
    }

    /** Whether the block is one paragraph wrapped at a column's width (or a narrow column's, or a headline's), not lines. */
    static boolean isHardWrapped(List<String> group) {
        if (group.size() < 2) {
            return false;
        }
        // a title over a date line, or a byline over a date line, is two lines, not one wrapped paragraph
        if (group.stream().anyMatch(HardWrappedLines::isStructuralLine)) {
            return false;
        }
        // "• 62 per cent of cropland short of topsoil moisture" / "• hay yields down by a quarter ...": a list, an item a
        // line, however long its lines (no wrapped sentence goes on in a line that opens with a bullet)
        if (group.stream().allMatch(l -> LIST_ITEM.matcher(l).find())) {
            return false;
        }
        if (isNarrowColumn(group) || WrappedHeadlines.matches(group)) {
            return true;
        }
        boolean lowerContinuation = group.stream().skip(1).anyMatch(l -> Character.isLowerCase(l.codePointAt(0)));
        if (group.size() == 2 && !lowerContinuation) {
            return false;
        }
        int midSentence = 0;
        for (int i = 0; i < group.size() - 1; i++) {
            String line = group.get(i);
            if (line.length() < WRAP_MIN || line.length() > WRAP_MAX) {
                return false;
            }
            if (!SENTENCE_END.matcher(line).matches()) {
                midSentence++;
            }
        }
        return midSentence * 2 >= group.size() - 1;
    }

    private static boolean isStructuralLine(String line) {
        return JunkLineDetector.isJunk(line) || MetaDateLine.parse(line).isPresent() || BylineDetector.standalone(line).isPresent()
                || BreadcrumbDetector.detect(line).isPresent() || SignatureDetector.notice(line).isPresent();
    }
}
