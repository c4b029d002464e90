package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credit line closing a story that names the outlet and, after a slash, the writer: "Quelle: MDR SACHSEN/Jana Fischer",
 * "Source: Radio Nord/Anna Berg". Public broadcasters sign so where a paper prints a byline; the line is no text, its
 * outlet a source and its name the writer (a listed given name's, as {@link PersonNames#isName} reads it).
 */
public final class CreditLines {

    private static final Pattern OUTLET_THEN_WRITER = UnicodeRegex.compile("(?iu)^(?:quelle|source|fuente|fonte|bron|źródło)\\s*:\\s*"
            + "(\\p{Lu}[\\p{L}\\d.&'’ -]{1,40}?)\\s*/\\s*(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2})\\.?$");

    /** "via MTI, featured image via Budapest Airport": an agency credited with "via", perhaps with the picture's credit after it. */
    private static final Pattern VIA = UnicodeRegex.compile("(?iu)^via\\s+([\\p{L}.&-]{2,20})(?:\\s*,\\s*(?:featured |header |cover )?"
            + "(?:image|photo|picture)s?\\s*(?:via|by|:)\\s*.{1,60})?\\.?$");

    /** The agency a "via" credit closing the story names ("via MTI"), when it is a listed agency. */
    static Optional<String> viaAgency(String line) {
        Matcher m = VIA.matcher(line.strip());
        return m.matches() ? SignatureDetector.agencyCredit(m.group(1)) : Optional.empty();
    }

    private CreditLines() {
    }

    /** The outlet the credit names, in natural case if shouted ("MDR SACHSEN": MDR Sachsen), when the line is one. */
    public static Optional<String> outlet(String line) {
        return match(line).map(m -> NameCase.outlet(m.group(1).strip()));
    }

    /** The writer the credit names ("Jana Fischer"), when the line is one. */
    public static Optional<String> writer(String line) {
        return match(line).map(m -> m.group(2).strip());
    }

    private static Optional<Matcher> match(String line) {
        String text = line.strip();
        if (text.length() > 100) {
            return Optional.empty();
        }
        Matcher m = OUTLET_THEN_WRITER.matcher(text);
        return m.matches() && PersonNames.isName(m.group(2)) ? Optional.of(m) : Optional.empty();
    }
}
