package io.newsflow.producer.parse.text;

import java.util.List;

/**
 * A headline set over two to four short lines, as a printed page or its PDF sets it ("Walvis Bay harbour" / "expansion
 * to begin" / "in March"): one line of text, which {@link TextLines} joins. The first line opens with a capital, each
 * other one with a lower-case letter, every line has two words or more and none ends a sentence or a label: a menu's
 * or a tag list's lines are single words, or open in lower case, or in capitals each.
 */
final class WrappedHeadlines {
    private static final int MIN_LINES = 2;
    private static final int MAX_LINES = 4;
    private static final int MIN_CHARS = 5;
    private static final int MAX_CHARS = 40;
    private static final int MIN_WORDS = 2;

    private WrappedHeadlines() {
    }

    /** Whether the block's lines are one headline wrapped. */
    static boolean matches(List<String> group) {
        if (group.size() < MIN_LINES || group.size() > MAX_LINES || !Character.isUpperCase(group.get(0).strip().codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            String line = group.get(i).strip();
            if (line.length() < MIN_CHARS || line.length() > MAX_CHARS || line.split("\\s+").length < MIN_WORDS
                    || line.matches(".*[.!?:;,|]$") || i > 0 && !Character.isLowerCase(line.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
