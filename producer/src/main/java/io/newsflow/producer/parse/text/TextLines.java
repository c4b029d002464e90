package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into logical lines: normalises line breaks, non-breaking and zero-width spaces
 * and trailing whitespace, drops blank lines, and re-joins hard-wrapped paragraphs (a blank-line
 * separated group whose lines all break at 40-100 characters, mostly mid-sentence), while keeping a
 * very long single-line paragraph as it is.
 */
public final class TextLines {
    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 100;
    // compiled once: String.replaceAll/matches compile their pattern on every call (a tenth of parsing time)
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\t]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060]");
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,2}([^*\\s][^*]*?)\\*{1,2}");
    private static final Pattern WRAPPED = Pattern.compile("^(\\*{1,2}|_{1,2})(\\S.*\\S)\\1$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:\"”]$");

    private TextLines() {
    }

    /** The text with line breaks, odd spaces and a byte-order mark normalised. */
    public static String normalise(String text) {
        return text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n')
                .transform(t -> ZERO_WIDTH.matcher(ODD_SPACES.matcher(t).replaceAll(" ")).replaceAll(""));
    }

    /** The logical, non-blank lines of the text, whitespace-normalised. */
    public static List<String> logicalLines(String text) {
        return groups(text).stream().flatMap(List::stream).toList();
    }

    /** The logical lines grouped as the text groups them: runs of lines between blank lines. */
    public static List<List<String>> groups(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String raw : normalise(text).split("\n", -1)) {
            String line = stripMarkdown(SPACE_RUNS.matcher(raw.strip()).replaceAll(" "));
            if (line.isEmpty()) {
                flush(group, out);
            } else {
                group.add(line);
            }
        }
        flush(group, out);
        return out;
    }

    /** Markdown exports: {@code ## Heading}, {@code *emphasis*}, {@code **strong**} and a line wrapped whole in {@code _} lose the markup. */
    static String stripMarkdown(String line) {
        String out = EMPHASIS.matcher(HEADING_MARK.matcher(line).replaceFirst("")).replaceAll("$1");
        java.util.regex.Matcher wrapped = WRAPPED.matcher(out);
        return wrapped.matches() ? wrapped.group(2) : out;
    }

    private static void flush(List<String> group, List<List<String>> out) {
        if (group.isEmpty()) {
            return;
        }
        out.add(isHardWrapped(group) ? List.of(String.join(" ", group)) : List.copyOf(group));
        group.clear();
    }

    private static boolean isHardWrapped(List<String> group) {
        if (group.size() < 2) {
            return false;
        }
        // a title over a date line, or a byline over a date line, is two lines, not one wrapped paragraph
        if (group.stream().anyMatch(TextLines::isStructuralLine)) {
            return false;
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
