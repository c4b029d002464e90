package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines. A standalone byline line: {@code By Jane Doe and John Smith}, {@code By JANE DOE | The Harbour Times |
 * Oct. 7, 2024}, {@code Reporting by Jane Doe; Editing by John Smith}, {@code Author: Jane Doe}, {@code By The Associated
 * Press}, and the bylines without "By" that {@link UnmarkedBylines} reads. {@link InlineBylines} reads one opening a paragraph.
 */
public final class BylineDetector {
    /** A byline is a short line; a longer one is text. */
    public static final int MAX_LINE = 160;
    /** A label, then the writer: "By Jane Doe", "Autor: Jan Nowak", "كتب: محمد العتيبي" ({@link BylineLabels}). */
    static final Pattern LEAD_IN = Pattern.compile("(?iu)^\\W{0,2}(?:" + BylineLabels.LEAD_INS
            + ")\\s*[:՝៖།]?\\s+(.+)$"); // and Armenian's "՝", Khmer's "៖" and Tibetan's shad "།" after its label
    /** "Ein Kommentar von Katrin Vogel", "A commentary by ...": a label naming the kind of piece, then the author. */
    private static final Pattern LABELLED = Pattern.compile("(?iu)^\\W{0,2}(?:(?:an?|ein|eine|une?|una?|uno)\\s+)?"
            + "(kommentar|analyse|analysis|commentary|column|kolumne|essay|opinion|op-ed|chronique|tribune|editorial|review)\\s+"
            + "(?:von|by|par|por|di|door|de)\\s+(.+)$");
    private static final Pattern REPORTING = Pattern.compile("(?iu)^\\W{0,2}(?:(?:reporting|(?:\\p{L}+ )?original) by|(?:" + BylineLabels.CORRESPONDENT
            + ")(?: \\p{Lu}{2,6})?)\\s+(.+?)(?:;|\\)|$)"); // "(Japanese original by X", "(spravodajca TASR Martin Novák)"
    /** "SANTIAGO, Chile — By ...": a dateline written before the byline. */
    private static final Pattern DATELINE_PREFIX = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,30}(?:,\\s*[\\p{L} .]{2,30})?\\s+[—–-]\\s+(?=\\p{L})");
    /** "MARK PRATT", also two names joined by "and" ("LISA MASCARO and KEVIN FREKING"), then the outlet. */
    private static final String CAPITALS_NAME = "(?:\\p{Lu}[\\p{Lu}\\p{M}'’.-]+\\s+){1,3}\\p{Lu}[\\p{Lu}\\p{M}'’.-]+";
    private static final Pattern CAPS_THEN_OUTLET = Pattern.compile(
            "^(" + CAPITALS_NAME + "(?:\\s+(?:and|AND|&)\\s+" + CAPITALS_NAME + ")?)\\s+(\\p{Lu}\\p{Ll}.{1,40})$");
    /** A role beside the names: the paper's name and "Staff" ("Taylor Dolven Globe Staff"), a desk before the paper's name. */
    private static final Pattern GLUED_STAFF = Pattern.compile("^([^,]+?)\\s+\\p{Lu}\\p{L}+\\s+Staff(?:\\s+(?:Writer|Reporter|Photographer))?$");
    private static final Pattern DESK_BEFORE_OUTLET = Pattern.compile("^(?:\\p{Lu}\\p{L}+\\s+){1,2}(?i:desk|team|bureau),\\s+(?=\\S)");
    private static final Pattern WRITES_FOR = Pattern.compile("(?iu)^(.+?)\\s+for\\s+(\\p{L}[\\p{L}\\d.&' -]{1,40})$");
    /** One word with two capitals or a digit: a brand, not a given name ("G1", "KXAN", "MailOnline"). */
    private static final Pattern BRAND = Pattern.compile("(?=\\S*(?:\\p{Lu}\\S*\\p{Lu}|\\d))[\\p{L}\\d.&-]{2,20}");
    static final Pattern SEGMENTS = Pattern.compile("\\s*[|•·]\\s*|\\s+[–—-]\\s+|\\s+//\\s+"); // ("By Jenny Lei Ravelo // 06 December 2026")
    // a photographer's or camera's credit: "Fotografia de ...", "Photos by ...", "Foto: ...", "Bild: ..."
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?iu)^(?:fotografias?|fotos?|photos?|photography|photographs|"
            + "pictures|bild|bilder|imagens?|images?|vídeo|video|kamera|camera)\\s*(?:de|by|von|di|par|por|:)\\s");
    /** The writer's address in brackets closing the line: "By PARK EUN-JEE [park.eunjee@joongang.co.kr]". */
    private static final Pattern TRAILING_MAIL = Pattern.compile("\\s*[\\[(<][^\\s@\\[\\]()<>]+@[^\\s\\[\\]()<>]+[\\])>]$|\\s+@\\w{2,30}$"
            + "|(?<=\\p{L})\\s+(?:on|at)$"); // or handle; or "on" left for the date's line under it ("By Thomas Connelly on")
    /** A contributor's mark before the outlet written for: "Para LA NACION", "Special to The Globe and Mail". */
    private static final Pattern CONTRIBUTOR = Pattern.compile("(?iu)^(?:para|for|pour|für|per|special to|especial para)\\s+");
    /** A slash between words ("Karin Holmberg/TT"), not inside a date ("15/10/2024"). */
    private static final Pattern SLASH = Pattern.compile("(?<=\\p{L})\\s*/\\s*(?=\\p{L})");

    private BylineDetector() {
    }

    /** "Par Jean-Baptiste Chastand (Vienne, correspondant régional)": the writer's post in brackets. */
    private static final Pattern TRAILING_POST = Pattern.compile("(?<=\\p{L})\\s*\\([^()]{2,80}\\)$");

    /** The line without its furniture segments ("| 2 min read", "• Share"); the line itself when it has none. */
    private static String withoutJunkSegments(String text) {
        String[] parts = text.split("\\s+[|•·]\\s+");
        if (parts.length < 2) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        for (String part : parts) {
            if (!JunkLineDetector.isJunk(part)) {
                kept.append(kept.length() > 0 ? " | " : "").append(part);
            }
        }
        return kept.toString();
    }

    /** A standalone byline line, if the line is one. */
    public static Optional<Byline> standalone(String line) {
        Optional<Byline> reporter = ReporterBylines.read(line).or(() -> BylineLabels.typeFirst(line)).or(() -> ChineseMetaLines.read(line)); // "김민수 기자"
        if (reporter.isPresent()) {
            return reporter;
        }
        if (line.strip().matches("\\([^()]+\\)")) {
            return standalone(line.strip().substring(1, line.strip().length() - 1)); // "(By Teng Pei-ju and Lee Hsin-Yin)"
        }
        // "Par Jean-Baptiste Chastand (Vienne, correspondant régional)": a post in brackets; "Autor: K. Nowicka (PAP)": an agency
        Matcher post = TRAILING_POST.matcher(TRAILING_MAIL.matcher(line.strip()).replaceFirst("")); // "By PARK EUN-JEE [park@...]"
        String bracketedAgency = post.find()
                ? SignatureDetector.agencyCredit(post.group().strip().replaceAll("^\\(|\\)$", "")).orElse(null) : null;
        String text = post.replaceFirst("");
        if (text.length() > MAX_LINE) {
            return Optional.empty();
        }
        Optional<Byline> credit = DeskCredits.read(text.strip()); // "SANTIAGO / LA VOZ", "ET Bureau", "Le Monde avec AFP"
        if (credit.isPresent()) {
            return credit;
        }
        boolean sentenceLike = text.matches("(?s).*\\p{Ll}{2,}[.!?]$") && !BylineLabels.nameWithStop(text); // (not "By Sami Zaptia.")
        Matcher reporting = REPORTING.matcher(text);
        if (reporting.find()) {
            List<String> names = PersonNames.split(reporting.group(1));
            return names.isEmpty() ? DeskCredits.staff(text.strip()) : Optional.of(new Byline(names, null, null, null));
        }
        Matcher labelled = LABELLED.matcher(text);
        if (!sentenceLike && labelled.matches() && !PersonNames.split(labelled.group(2)).isEmpty()) {
            return Optional.of(new Byline(PersonNames.split(labelled.group(2)), null, null, null, labelled.group(1)));
        }
        // "14 January 2025 | by Linda Ozola | 2 min read": a reading time beside the byline is furniture
        Optional<Byline> dateFirst = sentenceLike ? Optional.empty() : DatedBylines.dateThenBy(withoutJunkSegments(text));
        if (dateFirst.isPresent()) {
            return dateFirst;
        }
        Optional<Byline> nameDated = sentenceLike ? Optional.empty() : DatedBylines.read(text); // "Jeroen Visser 3 december"
        if (nameDated.isPresent()) {
            return nameDated;
        }
        Optional<Byline> unmarked = UnmarkedBylines.read(text, sentenceLike).or(() -> text.length() < line.strip().length()
                ? UnmarkedBylines.read(line.strip(), sentenceLike) : Optional.empty()); // "Dio Suhenda (The Jakarta Post)"
        if (unmarked.isPresent()) {
            return unmarked;
        }
        Matcher m = LEAD_IN.matcher(DATELINE_PREFIX.matcher(text).replaceFirst(""));
        if (sentenceLike || !m.matches()) {
            return Optional.empty();
        }
        List<String> authors = new ArrayList<>();
        String source = null;
        DateExtractor.FoundDate date = null;
        // "Av: Karin Holmberg/TT": after a lead-in, a slash also parts the name from the agency
        String[] segments = BylineOutlets.slashParted(SEGMENTS.split(BylineLabels.dateParted(UnmarkedBylines.withoutLeadingRole(m.group(1)))), SLASH);
        for (int i = 0; i < segments.length; i++) {
            String segment = i > 0 ? DESK_BEFORE_OUTLET.matcher(segments[i].strip()).replaceFirst("") : segments[i].strip(); // "| Data desk, Paper"
            Optional<DateExtractor.FoundDate> found = DateExtractor.find(segment, text);
            if (found.isPresent()) {
                date = date == null && !MetaDateLine.parse(segment).map(r -> r.published() == null).orElse(false) ? found.get() : date;
                continue; // (not an update stamp alone: "By ... | Updated: 2026-12-05 09:41" dates nothing)
            }
            // the writer's role, handle or photographer ("- Reporter / @jiandradeINQ", "• Fotografia de ..."): no outlet
            if (JunkLineDetector.isJunk(segment) || i > 0 && (UnmarkedBylines.isRole(segment) || segment.startsWith("@")
                    || PHOTO_CREDIT.matcher(segment).lookingAt() || WriterNotes.isInstitution(segment))) { // (", University of Chile")
                continue;
            }
            Matcher contributor = CONTRIBUTOR.matcher(segment); // "Por Laura Gómez | Para LA NACION": written for the outlet
            if (i > 0 && contributor.lookingAt() && Outlets.looksLikeOutlet(segment.substring(contributor.end()))) {
                source = source == null ? NameCase.outlet(segment.substring(contributor.end()).strip()) : source;
                continue;
            }
            // names come first; later segments ("| Porto Diário |") name the outlet, even when it reads like a name
            if (i > 0 && Places.isPlace(segment)) {
                continue; // "Por Javier Lozano | Zaragoza", "Por G1 — São Paulo": where the story is written, no outlet
            }
            if (i > 0 && (Outlets.looksLikeOutlet(segment) || BylineOutlets.isPaperAndSite(segment))) {
                source = source == null ? segment : source;
                continue;
            }
            // "By MARK PRATT Associated Press": the name in capitals, then its outlet in natural case
            Matcher capsThenOutlet = CAPS_THEN_OUTLET.matcher(segment);
            if (capsThenOutlet.matches() && !PersonNames.split(capsThenOutlet.group(1)).isEmpty()
                    && Outlets.looksLikeOutlet(capsThenOutlet.group(2))) {
                authors.addAll(PersonNames.split(capsThenOutlet.group(1)));
                source = source == null ? capsThenOutlet.group(2).strip() : source;
                continue;
            }
            // "By JANE SMITH FOR MAILONLINE": the outlet the author writes for
            Matcher writesFor = WRITES_FOR.matcher(segment);
            if (writesFor.matches() && !PersonNames.split(writesFor.group(1)).isEmpty()) {
                authors.addAll(PersonNames.split(writesFor.group(1)));
                source = source == null ? writesFor.group(2).strip() : source;
                continue;
            }
            Matcher staff = GLUED_STAFF.matcher(segment); // "By Taylor Dolven Globe Staff": the paper's staff, a role
            segment = staff.matches() && PersonNames.isName(staff.group(1)) ? staff.group(1) : BylineOutlets.withoutGluedRole(segment);
            String[] nameThenOutlet = PersonNames.nameThenOutlet(segment); // "By Kelsey Marlow Fox News"
            if (nameThenOutlet != null) {
                authors.add(nameThenOutlet[0]);
                source = source == null ? nameThenOutlet[1] : source;
                continue;
            }
            List<String> names = PersonNames.splitLabelled(segment);
            if (!names.isEmpty()) {
                authors.addAll(names);
                source = source == null ? BylineOutlets.trailing(segment) : source;
            } else if (i == 0 && isOutletByline(segment)) {
                // "By The Associated Press", "Par AFP", "Por G1", "by Daily Sabah with AA": no person signs
                source = SignatureDetector.withoutAgency(segment);
            } else if (i == 0) {
                return Optional.empty();
            }
        }
        if (authors.isEmpty() && source == null) {
            return Optional.empty();
        }
        return Optional.of(new Byline(authors, source == null ? bracketedAgency : source, date, null));
    }

    /** The line opens with "By", "Von", "Par" or another byline lead-in. */
    public static boolean hasLeadIn(String text) {
        return LEAD_IN.matcher(text).matches();
    }

    /** A byline naming an agency ("AFP", "dpa"), an outlet with a tell-tale word, or a one-word brand ("G1", "KXAN"). */
    private static boolean isOutletByline(String segment) {
        return SignatureDetector.agencyCredit(segment).isPresent() || Outlets.hasOutletWord(segment)
                || BRAND.matcher(segment).matches();
    }
}
