package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Patterns whose word boundary ({@code \b}) sees letters of every script, on every JDK. Until JDK 18 a boundary stood
 * between any letter or digit and anything else ("Läs också", "الثلاثاء", "Czytaj też"); since JDK 19 it follows
 * {@code \w}, ASCII only unless {@link Pattern#UNICODE_CHARACTER_CLASS} is set, which would change {@code \d}, {@code \s}
 * and {@code \w} too. So the parser writes {@code \b} as it always meant it and compiles through here: each boundary
 * becomes the same test spelled with Unicode classes (letters, decimal digits, the underscore, and the marks that
 * belong to a letter, as JDK 17 counts them), and the parse of a page is the same on JDK 17 and on JDK 21 or 25.
 * <p>
 * A non-word character ({@code \W}) is the boundary's complement in the same way: neither a letter of any script nor a
 * digit, mark or underscore. Java's own {@code \W} is ASCII's, so it took every Cyrillic, Greek, Arabic or Chinese
 * letter for punctuation: a reader's "leading marks" ({@code ^\W*}) then ran over a whole line of Russian, and each of
 * its lengths was tried against the long alternations after it, so a 6 KB Russian story took over a second to parse
 * (an English one a tenth of that). Written this way, a line's leading marks are marks in every script.
 */
public final class UnicodeRegex {

    private static final String WORD_CHARACTERS = "\\p{L}\\p{Nd}\\p{Mn}_";
    private static final String WORD = "[" + WORD_CHARACTERS + "]";
    /** A character of no word: {@code \W} in every script. */
    static final String NON_WORD = "[^" + WORD_CHARACTERS + "]";
    /** JDK 17's {@code \b}: a word character on one side only. */
    static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

    private UnicodeRegex() {
    }

    /** {@link Pattern#compile(String)} with every word boundary and non-word character Unicode's. */
    public static Pattern compile(String regex) {
        return Pattern.compile(boundaries(regex));
    }

    /** {@link Pattern#compile(String, int)} with every word boundary and non-word character Unicode's. */
    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(boundaries(regex), flags);
    }

    /**
     * The regex with each {@code \b} outside a character class and a {@code \Q...\E} quote replaced by
     * {@link #BOUNDARY} (or its cheaper form before a letter) and each {@code \W} there by {@link #NON_WORD}; an escaped
     * backslash before a "b" or a "W" ({@code \\b}) and a backspace in a class ({@code [\b]}) stay.
     */
    static String boundaries(String regex) {
        if (!regex.contains("\\b") && !regex.contains("\\W")) {
            return regex;
        }
        StringBuilder out = new StringBuilder(regex.length() + 64);
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (next == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    end = end < 0 ? regex.length() : end + 2;
                    out.append(regex, i, end); // a quoted literal, as Pattern.quote writes it
                    i = end - 1;
                } else if (next == 'b' && classDepth == 0) {
                    out.append(boundaryBefore(regex, i + 2));
                    i++;
                } else if (next == 'W' && classDepth == 0) {
                    out.append(NON_WORD);
                    i++;
                } else {
                    out.append(c).append(next); // any other escape, "\\" and "\[" among them
                    i++;
                }
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The boundary before {@code regex}'s text from {@code at}: before a letter the text must match (an ASCII letter
     * written plainly, no quantifier after it) only the side before it is open, so the boundary is the letter, looked
     * for first, and no word character before it. The same test as {@link #BOUNDARY}, a cheaper one: a pattern's
     * leading boundary is tried at every character of a line, and the letter rules out nearly all of them at once.
     */
    private static String boundaryBefore(String regex, int at) {
        boolean letter = at < regex.length() && isAsciiLetter(regex.charAt(at))
                && (at + 1 == regex.length() || "?*+{".indexOf(regex.charAt(at + 1)) < 0);
        return letter ? "(?=" + regex.charAt(at) + ")(?<!" + WORD + ")" : BOUNDARY;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
