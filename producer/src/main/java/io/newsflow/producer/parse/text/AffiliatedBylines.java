package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare byline whose writers each carry their town, outlet or post after a comma, the writers parted by semicolons:
 * "Monica Chen, Taipei; Jessie Shen, DIGITIMES Asia" (and one writer alone: "Jan Novotný, Právo"). The names are the
 * writers; what follows each comma is not a name, whatever its shape ("DIGITIMES Asia" has a name's).
 */
final class AffiliatedBylines {
    /** A byline names a few writers. */
    private static final int MAX_WRITERS = 4;
    /** A name, a comma, then one to three capitalised words, once or twice: "Jan Novotný, Právo", "Jane Rivera, CISO, Northwind Health". */
    private static final Pattern AFFILIATED = UnicodeRegex.compile("([^,]{3,60})(?:,\\s*\\p{Lu}[\\p{L}\\p{M}.&-]*(?: \\p{Lu}[\\p{L}\\p{M}.&-]*){0,2}){1,2}");

    private AffiliatedBylines() {
    }

    /** The writers' names when every part of the line is a name with its affiliation; else empty. */
    static List<String> names(String line) {
        String[] parts = line.strip().split("\\s*;\\s*");
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            if (parts.length > MAX_WRITERS || !isNameWithAffiliation(part)) {
                return List.of();
            }
            names.add(NameCase.natural(part.substring(0, part.indexOf(',')).strip()));
        }
        return names;
    }

    /**
     * "Jan Novotný, Právo": a writer and, after a comma, the paper they write for or the town they write from (which,
     * unknown, cannot be told apart: the caller asks for the stamp under it, and takes only the name), or a post and employer.
     */
    private static boolean isNameWithAffiliation(String line) {
        Matcher m = AFFILIATED.matcher(line.strip());
        // (not a dateline: "San Pedro Sula, Honduras.")
        return m.matches() && PersonNames.isName(m.group(1).strip()) && !Places.isPlace(m.group(1).strip()) && !line.strip().endsWith(".");
    }
}
