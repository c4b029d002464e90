package io.newsflow.producer.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page glues to a stamp, set apart before {@link MetaDateLine} reads the stamp's segments: a reading time or a
 * weekly's volume after it (dropped), Nepal's own date beside it (dropped), the sources after its clock ("... 16:48 Uhr
 * Quelle: ZEIT ONLINE, dpa"), an outlet after its clock and a comma ("..., 5.00pm GMT, The Times") or the site before it
 * and a spaced slash ("www.ipreunion.com / Publié le ..."), each made a segment of its own.
 */
final class StampParts {
    /** A source credit after a stamp's clock, no separator between ("... 16:48 Uhr Quelle: ZEIT ONLINE, dpa"); the word sought first. */
    private static final Pattern GLUED_SOURCES = UnicodeRegex.compile("(?iu)(?=\\s+(?:source|quelle|fuente|fonte))(?<=\\d|\\buhr|\\b[ap]\\.?m\\.?)\\s+((?:source|sources|quelle|fuente|fonte)\\s*:\\s*\\S.{0,60})$");
    /** A site's address or an outlet's name before the stamp and a spaced slash ("Philippine Daily Inquirer / 05:20 AM ..."). */
    private static final Pattern SLASHED_OUTLET = Pattern.compile("^([^/|]{2,60}?)\\s+/\\s+(?=\\S)");
    /** An outlet's name after a stamp's clock and a comma ("..., 5.00pm GMT, The Times"); the comma sought first. */
    private static final Pattern OUTLET_AFTER_CLOCK = UnicodeRegex.compile("(?iu)(?=\\s*,)(?<=\\d[ap]m|\\b(?:gmt|bst|utc|cet|est|edt))\\s*,\\s+"
            + "((?-i:(?:The\\s+)?\\p{Lu}[\\p{L}\\p{M}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}&'’.-]*){0,3}))$");
    /** A reading time closing a stamp line, in the languages read (Yahoo's "2 min read"); a weekly's "[ VOL 27 , NO 1335]". */
    private static final Pattern READING_TIME_TAIL = UnicodeRegex.compile("(?iu)\\s+(?:(?:reading time|read time|lesezeit|lesedauer|"
            + "temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania)\\s*:?\\s*"
            + "(?:ca\\.?\\s*)?\\d+\\s*min\\w*\\.?|\\d+\\s*min(?:ute)?s?\\s+read|[\\[(]\\s*vol(?:ume)?\\.?\\s*\\d+\\s*,?\\s*(?:no|issue)\\.?\\s*\\d+\\s*[\\])])$");

    private StampParts() {
    }

    /** The line, stripped, with its glued parts parted by bars or dropped. */
    static String parted(String line) {
        // "Publié le 26/11/2025 à 06:00 Temps de lecture: 3 min": a reading time glued to the stamp; Nepal's own date beside it
        String text = BikramSambatDates.without(READING_TIME_TAIL.matcher(line.strip()).replaceFirst("")).strip();
        // "Aktualisiert am 1. Dezember 2026, 16:48 Uhr Quelle: ZEIT ONLINE, dpa": the sources glued to the stamp, a segment
        text = GLUED_SOURCES.matcher(text).replaceFirst(" | $1");
        // "Tuesday December 01 2026, 5.00pm GMT, The Times": the outlet after the stamp's clock, parted by a comma only
        text = OUTLET_AFTER_CLOCK.matcher(text).replaceFirst(" | $1");
        Matcher slashed = SLASHED_OUTLET.matcher(text); // "www.ipreunion.com / Publié le ...": the site, a spaced slash, the stamp
        return slashed.lookingAt() && MetaDateLine.namesOutlet(slashed.group(1)) ? slashed.replaceFirst("$1 | ") : text;
    }
}
