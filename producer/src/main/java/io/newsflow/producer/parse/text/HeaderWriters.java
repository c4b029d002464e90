package io.newsflow.producer.parse.text;

/**
 * A writer's name set over the story's section and its stamp, above the headline, no "By" before it: "MATT BURGESS" /
 * "SECURITY" / "DEC 5, 2026 7:00 AM" (Wired's header). A name's shape alone could be the site's own ("Ars Technica",
 * "Les Jours"), so the line counts only once the page has named its outlet above it.
 */
final class HeaderWriters {

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
}
