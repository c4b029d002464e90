package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline whose date follows the name with no separator between, or a comma or a dash: "Jeroen Visser 3 december 2026,
 * 17:02", "By Anna Berg 3 December 2026", "Par Sophie Kieffer - 04 déc. 2026 à 15:20", "By Jane Doe, December 5, 2026",
 * "OLJ / Par Soulayma MARDAM BEY, le 05 décembre 2026 à 10h00" (the outlet's initials first). Sites print the two side by
 * side and a scrape loses the space or bar that parted them; the name alone is no date's, so the line is read as a name (a
 * listed given name's, as {@link PersonNames#isName} reads it) and a date that opens with its day, its article or its month.
 */
final class DatedBylines {

    /** The outlet's initials, a lead-in, two to four name words (particles between), a comma or a dash, then the date. */
    private static final Pattern NAME_THEN_DATE = Pattern.compile("(?u)^(?:\\p{Lu}{2,6}\\s*/\\s*)?((?i:by|von|door|par|por|di|av|de)\\s+)?"
            + "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:van|de|der|den|von|da|di|du|la|le|del|ter)\\s+){0,2}"
            + "\\p{Lu}[\\p{L}'’.-]+){1,3})(,|\\s+[-–—])?\\s+((?:(?i:le|el|il|am|on)\\s+)?(?:\\d{1,2}\\.?\\s+\\p{L}.{3,60}"
            + "|(?:\\p{Lu}\\p{Ll}{2,8},\\s+)?\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}.{0,40}))$"); // ("- Thursday, December 4th, 2026", "on December 05, 2026")

    /** A Japanese or Chinese writer's name of three or four characters glued to a date: "佐藤健太2026年12月5日 10時30分" (Asahi's). */
    private static final Pattern HAN_NAME_THEN_DATE = Pattern.compile("^(\\p{IsHan}{3,4})\\s*(\\d{4}\\s*年.{4,30})$");
    /** What ends a place's or a body's name, not a person's: city, prefecture, capital, ward, town, village, company, bureau, ministry, party. */
    private static final Pattern HAN_NO_PERSON = Pattern.compile("[市県都府区町村社局省庁党]$");

    private DatedBylines() {
    }

    /** "Posted on 14/06/2024 by Olivia Grant": a date line that ends with the author. */
    private static final Pattern DATE_THEN_BY = Pattern.compile("(?iu)^(.*\\d.*?)\\s*[|•·]?\\s+(?:by|von|par|por|door|escribe|escriben)\\s+(.+)$");

    /** "7 December 2026, 12:30 | Author: Olga Ivanova", "dezëmber 7, 2026 · Scrit da ...": a stamp, a bar, a labelled byline. */
    private static final Pattern DATE_THEN_LABEL = Pattern.compile("(?iu)^(.*\\d.*?)\\s*[|•·]\\s*(?:" + BylineLabels.LEAD_INS + ")(?:\\s*:\\s*|\\s+)(.+)$");

    /**
     * The byline with its date, if the line is a stamp that ends with the writers ("Posted on 14/06/2024 by Olivia Grant"),
     * the newsroom's credit ("Publié le 5 décembre 2026 à 11h20 par Rédaction LNT": the date, no writer) or the site's name;
     * the section the stamp files the story in, if it names one, as the byline's label.
     */
    static Optional<Byline> dateThenBy(String text) {
        Matcher dated = DATE_THEN_BY.matcher(text);
        if (!dated.matches() && !(dated = DATE_THEN_LABEL.matcher(text)).matches()) {
            return Optional.empty();
        }
        Matcher filed = FILED_IN.matcher(dated.group(1)); // ("... - 11:30:12 in Latest News by ...")
        boolean inSection = filed.matches();
        Optional<MetaDateLine.Result> meta = MetaDateLine.parse(inSection ? filed.group(1) : dated.group(1));
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        String credit = dated.group(2).strip();
        List<String> names = PersonNames.split(credit);
        Optional<Byline> desk = names.isEmpty() ? UnmarkedBylines.read("By " + credit, false) : Optional.empty();
        // (or the site itself: "Saturday December 5, 2026 - 11:30:12 in Latest News by Garowe Online", "by The Maritime Executive")
        String outlet = names.isEmpty() && desk.isEmpty() && (Outlets.hasOutletWord(credit) || credit.startsWith("The "))
                && Outlets.looksLikeOutlet(credit) ? credit : desk.map(Byline::source).orElse(null);
        return !names.isEmpty() || desk.isPresent() && desk.get().authors().isEmpty() || outlet != null
                ? Optional.of(new Byline(names, outlet, meta.get().published(), null, inSection ? filed.group(2) : null)) : Optional.empty();
    }

    /** A stamp that names the section the story is filed in: "Saturday December 5, 2026 - 11:30:12 in Latest News". */
    private static final Pattern FILED_IN = Pattern.compile("(.*\\d.*?)\\s+in\\s+(\\p{Lu}[\\p{L}&' ]{1,30})");

    /** The byline with its date, if the line is a person's name followed by a date. */
    static Optional<Byline> read(String text) {
        Matcher han = HAN_NAME_THEN_DATE.matcher(text.strip());
        if (han.matches() && !HAN_NO_PERSON.matcher(han.group(1)).find()) {
            return MetaDateLine.parse(han.group(2)).filter(d -> d.published() != null)
                    .map(d -> new Byline(List.of(han.group(1)), null, d.published(), null));
        }
        Matcher m = NAME_THEN_DATE.matcher(text.strip());
        // (not a stamp's words: "Actualizado Lunes 1 diciembre 2025"; not a place: "Santa Cruz 3 December 2026"; a dash
        // after a name with a particle only after a lead-in: "Santiago de Chile - 25 nov 2025" is a dateline's town,
        // "Nathalie Perrin - 05 déc. 2026 à 07:15" a writer)
        if (!m.matches() || !PersonNames.isName(m.group(2)) || DateLineWords.META_WORDS.matcher(m.group(2)).find()
                || Places.isPlace(m.group(2)) || m.group(3) != null && !",".equals(m.group(3)) && m.group(1) == null
                && withParticle(m.group(2))) {
            return Optional.empty();
        }
        Optional<MetaDateLine.Result> date = MetaDateLine.parse(m.group(4));
        if (date.isEmpty() || date.get().published() == null) {
            return Optional.empty();
        }
        String name = m.group(2).strip();
        Matcher desk = DeskCredits.DESK_SUFFIX.matcher(name); // "by Naharnet Newsdesk 05 December 2026, 13:10": the outlet's desk, no one
        return Optional.of(desk.find() ? new Byline(List.of(), name.substring(0, desk.start()), date.get().published(), null)
                : new Byline(List.of(NameCase.natural(m.group(2))), null, date.get().published(), null));
    }

    /** Whether a word of the name opens in lower case: a particle ("de", "van"). */
    private static boolean withParticle(String name) {
        for (String word : name.split("\\s+")) {
            if (Character.isLowerCase(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
