package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A bare byline whose writers each carry their town, outlet or post after a comma, the writers parted by semicolons:
 * "Monica Chen, Taipei; Jessie Shen, DIGITIMES Asia" (and one writer alone: "Jan Novotný, Právo"). The names are the
 * writers; what follows each comma is not a name, whatever its shape ("DIGITIMES Asia" has a name's).
 */
final class AffiliatedBylines {
    /** A byline names a few writers. */
    private static final int MAX_WRITERS = 4;

    private AffiliatedBylines() {
    }

    /** The writers' names when every part of the line is a name with its affiliation; else empty. */
    static List<String> names(String line) {
        String[] parts = line.strip().split("\\s*;\\s*");
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            if (parts.length > MAX_WRITERS || !PersonNames.isNameWithAffiliation(part)) {
                return List.of();
            }
            names.add(NameCase.natural(part.substring(0, part.indexOf(',')).strip()));
        }
        return names;
    }
}
