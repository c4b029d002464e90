package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers' names in a page's header that only the site's own name, read above them, tells from a site's: a name set
 * over the story's section and its stamp, no "By" before it ("MATT BURGESS" / "SECURITY" / "DEC 5, 2026 7:00 AM",
 * Wired's header; a name's shape alone could be the site's, "Ars Technica", "Les Jours"), and a name with the site's in
 * brackets after it ("Alexandre-Reza Kokabi (Reporterre)").
 */
final class HeaderWriters {
    private static final Pattern NAME_AND_OUTLET = Pattern.compile("(.{3,60}?)\\s*\\(([^()]{2,40})\\)");

    private HeaderWriters() {
    }

    /** The writer's name, natural-cased, when line {@code i} is one over a section line and a stamp in its block; else null. */
    static String overDeskAndStamp(PageLines lines, int i, String source) {
        String line = lines.get(i).strip();
        if (source == null || i + 2 >= lines.size() || !lines.sameBlock(i, i + 2) || line.equalsIgnoreCase(source)
                || !PersonNames.isName(line) || Places.isPlace(line) || SectionNames.isSection(line)) {
            return null;
        }
        String desk = lines.get(i + 1);
        boolean section = SectionNames.isSection(desk) || KickerDetector.detect(desk).map(k -> k.section() != null).orElse(false);
        return section && MetaDateLine.parse(lines.get(i + 2)).map(m -> m.published() != null).orElse(false)
                ? NameCase.natural(line) : null;
    }

    /** The writer's name when the line is a person's name and, in brackets, the site's ({@code source}). */
    static Optional<String> nameWithOwnOutlet(String line, String source) {
        Matcher m = NAME_AND_OUTLET.matcher(line.strip());
        return source != null && m.matches() && m.group(2).strip().equalsIgnoreCase(source) && PersonNames.isName(m.group(1))
                ? Optional.of(NameCase.natural(m.group(1).strip())) : Optional.empty();
    }
}
