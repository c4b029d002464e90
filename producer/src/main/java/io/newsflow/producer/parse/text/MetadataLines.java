package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * Lines of a plain-text page that state facts about the piece rather than tell it: editor's notes
 * (authors, outlet, type), bylines (authors, outlet, type, date), opinion disclaimers and
 * republication or copyright notices (outlet). Each is read into the draft and left out of the text.
 */
final class MetadataLines {
    /**
     * "The views expressed in this article are the author's own.", "This is a guest post by X. Opinions expressed are
     * entirely their own ...": marks an opinion piece, is not its text.
     */
    private static final Pattern DISCLAIMER = Pattern.compile("(?iu)^\\W*(?:this is a guest post by [^.]{1,60}\\.\\s+)?(?:the\\s+)?(?:views|opinions)\\s+(?:expressed\\s+)?"
            + "(?:in\\s+this\\s+(?:article|column|piece|commentary|op-ed)\\s+)?(?:are|is)\\s+(?:solely\\s+|entirely\\s+)?"
            + "(?:the\\s+author'?s'?|the\\s+writer'?s|those\\s+of\\s+the\\s+(?:author|writer)s?|his|her|their)(?:\\s+own)?"
            + "(?:\\s+and\\s+.{0,120})?\\W*$");

    /** A section written out under a label: "NEWSPAPER SECTION: News", "Section: Business", "Rubrik: Wirtschaft". */
    private static final Pattern SECTION_LABEL = Pattern.compile("(?iu)^(?:newspaper section|print section|section|rubrik|"
            + "ressort|rubrique|sección|seção|sezione)\\s*:\\s*(\\p{L}[\\p{L} &'-]{1,40})$");
    /**
     * "Det här är en nyhetsartikel från DN.", "Dette er en kommentar.", "This is an opinion piece.": the page's own
     * statement of the piece's genre (Swedish, Danish and Norwegian outlets print one above every text).
     */
    private static final Pattern GENRE = Pattern.compile("(?iu)^(?:this is an?|det här är en|detta är en|dette er en|dette er et)\\s+"
            + "(\\p{L}+(?:[ -]\\p{L}+)?)(?:\\s+(?:från|fra|from|i|by)\\s+[\\p{L}. ]{1,40})?\\.?$");
    /** The genres such a statement names, by their type. */
    private static final Map<String, ArticleType> GENRES = Map.ofEntries(
            Map.entry("news article", ArticleType.NEWS), Map.entry("news story", ArticleType.NEWS),
            Map.entry("nyhetsartikel", ArticleType.NEWS), Map.entry("nyhedsartikel", ArticleType.NEWS),
            Map.entry("nyhetsartikkel", ArticleType.NEWS), Map.entry("nyhet", ArticleType.NEWS),
            Map.entry("analysis", ArticleType.ANALYSIS), Map.entry("analys", ArticleType.ANALYSIS),
            Map.entry("analyse", ArticleType.ANALYSIS), Map.entry("opinion piece", ArticleType.OPINION),
            Map.entry("column", ArticleType.OPINION), Map.entry("krönika", ArticleType.OPINION),
            Map.entry("kommentar", ArticleType.OPINION), Map.entry("ledare", ArticleType.OPINION),
            Map.entry("leder", ArticleType.OPINION), Map.entry("debattartikel", ArticleType.OPINION),
            Map.entry("klumme", ArticleType.OPINION), Map.entry("kronikk", ArticleType.OPINION),
            Map.entry("debattinnlegg", ArticleType.OPINION), Map.entry("debatindlæg", ArticleType.OPINION));

    private MetadataLines() {
    }

    /** A page's field of its story's type, its label and the type: "Tipo Notícia" (O Povo's), "Type: Analysis". */
    private static final Pattern TYPE_FIELD = Pattern.compile("(?iu)^(?:tipo|type|article type|tipo de (?:texto|conteúdo)|género|gênero)"
            + "\\s*:?\\s+(\\p{L}[\\p{L} ]{2,30})$");

    /** The genre a page's statement of it names ("Det här är en nyhetsartikel från DN."), or its type's field does; or empty. */
    static Optional<ArticleType> genre(String line) {
        Matcher m = GENRE.matcher(line.strip());
        Matcher field = TYPE_FIELD.matcher(line.strip());
        ArticleType typed = field.matches() ? ArticleTypes.fromLabel(field.group(1)) : ArticleType.UNKNOWN;
        return m.matches() ? Optional.ofNullable(GENRES.get(m.group(1).toLowerCase(Locale.ROOT)))
                : typed != ArticleType.UNKNOWN ? Optional.of(typed) : Optional.empty();
    }

    /** A desk's credit under a byline: "Times staff", "Herald Staff Writer", "Staff reporter". */
    private static final Pattern DESK_STAFF = Pattern.compile("(?iu)(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}staff(?:\\s+(?:writer|reporter|photographer))?");
    /** What parts a role under the byline from its paper: "Multimedia Journalist·Hawke's Bay Today·", "Staff Writer, Defense One". */
    private static final Pattern ROLE_THEN_OUTLET = Pattern.compile("\\s*[|•·,]\\s*|\\s+[–—-]\\s+");
    /** An outlet's name is short: "Nation Media Group". */
    private static final int MAX_OUTLET_WORDS = 5;

    /**
     * "By BRIAN OKINDA" / "Nation Media Group": the outlet on its own line right under a byline that
     * named none. Returns the index of the last line read (the outlet's, or {@code i}).
     */
    static int outletUnderByline(PageLines lines, int i, ArticleDraft draft) {
        if (i + 1 >= lines.size() || !lines.sameBlock(i, i + 1)) {
            return i;
        }
        String next = lines.get(i + 1).strip();
        if (Places.isPlace(next) && BylineDetector.standalone(lines.get(i)).isPresent()) {
            return i + 1; // "NT NETWORK" / "PANAJI": the town the desk or the writer files from, no text
        }
        String role = ROLE_THEN_OUTLET.split(next, -1)[0].strip(); // (or a role and the paper after a dot or a comma)
        if ((DESK_STAFF.matcher(role).matches() || UnmarkedBylines.isRole(role)) && BylineDetector.standalone(lines.get(i)).map(b -> !b.authors().isEmpty()).orElse(false)) {
            return i + 1; // "By Sarah Delaney" / "Times staff", "By NEIL HARTNELL" / "Tribune Business Editor": a desk or role, no outlet
        }
        if (next.split("\\s+").length > MAX_OUTLET_WORDS || !Outlets.looksLikeOutlet(next)
                || !Outlets.hasOutletWord(next) && !SiteDomains.namesSite(lines, next)) { // ("By Hannah Gaskill" / "Baltimore Sun")
            return i; // most lines under a consumed one: no outlet, and the byline is not read again
        }
        Optional<Byline> byline = BylineDetector.standalone(lines.get(i));
        if (byline.isEmpty() || byline.get().authors().isEmpty() || byline.get().source() != null) {
            return i;
        }
        if (!BreadcrumbDetector.isNewsRoot(next)) { // ("by MARTIN MWITA" / "News": the desk's section, no outlet, and no text)
            draft.offerSource(next, TextArticleParser.BYLINE);
        }
        return i + 1;
    }

    /** "By The Irrawaddy", "Von tagesschau.de": a byline naming the outlet itself. */
    private static final Pattern BY_OUTLET = Pattern.compile("(?iu)^\\W{0,2}(?:by|von|par|por|di|door|de|av|af)\\s+(.{2,60}?)\\W*$");

    /** "Da BBC News Brasil em São Paulo", "From BBC News in London": the outlet and the town its writer files from. */
    private static final Pattern FROM_OUTLET_IN = Pattern.compile("(?iu)^(?:da|do|de la|del|de|from(?: the)?)\\s+(.+?)\\s+(?:em|in|en|à|a)\\s+"
            + "(?-i:\\p{Lu})[\\p{L}\\p{M} .'’-]{1,40}$");

    /** The story's first version dated: "This story was originally published December 6, 2026 at 6:00 AM.", "BMJ 2026; 391 doi: ... (Published 04 December 2026)". */
    private static final Pattern ORIGINALLY_PUBLISHED = UnicodeRegex.compile(
            "(?iu)^(?:\\W{0,3}(?:this (?:story|article|report) was )?originally published (?:on )?|.{2,80}?\\bdoi:\\s*\\S+\\s*\\(published\\s+)(.{6,60}?)\\)?\\.?$");

    /** Editor's notes, bylines and republication notices: facts, not body text. */
    static boolean consumed(String line, ArticleDraft draft) {
        if (PostedLines.taken(line, draft)) {
            return true; // "Posted on December 5, 2026 by Curaçao Chronicle in Local"
        }
        Optional<String> dispatched = DispatchBylines.writer(line).or(() -> HeaderWriters.nameWithOwnOutlet(line, draft.source));
        if (dispatched.isPresent()) {
            draft.addAuthor(dispatched.get()); // "From Sunday Ojo, Lagos", "Alexandre-Reza Kokabi (Reporterre)"
            return true;
        }
        Matcher original = ORIGINALLY_PUBLISHED.matcher(line.strip());
        Optional<DateExtractor.FoundDate> first = original.matches() ? DateExtractor.find(original.group(1)) : Optional.empty();
        if (first.isPresent()) { // "This story was originally published December 6, 2026 at 6:00 AM.", under an update stamp
            draft.offerPublished(first.get().instant(), TimeProvenance.TEXT, line.strip());
            return true;
        }
        Matcher byOutlet = BY_OUTLET.matcher(line.strip());
        Matcher fromOutlet = FROM_OUTLET_IN.matcher(line.strip()); // ("Da BBC News Brasil em São Paulo": the site and its desk's town)
        if (draft.source != null && (byOutlet.matches() && byOutlet.group(1).equalsIgnoreCase(draft.source)
                || fromOutlet.matches() && fromOutlet.group(1).equalsIgnoreCase(draft.source))
                || MastheadShapes.outletAndPlace(line, draft.source)) { // ("JAMnews, Tbilisi": the site and its desk's town)
            return true; // the site signs its own story (its name already read from the masthead): no writer, no text
        }
        Optional<EditorsNote> note = EditorsNoteDetector.detect(line);
        if (note.isPresent()) {
            note.get().authors().forEach(draft::addAuthor);
            draft.offerSource(note.get().source(), TextArticleParser.EDITORS_NOTE);
            draft.offerType(note.get().type());
            draft.editorsNote = draft.editorsNote == null ? note.get().text() : draft.editorsNote + "\n" + note.get().text();
            return true;
        }
        Optional<Byline> byline = BylineDetector.standalone(line);
        if (byline.isPresent() && !draft.authors.isEmpty() && byline.get().source() != null && draft.source != null
                && line.strip().endsWith("/" + byline.get().source()) && draft.source.endsWith(byline.get().source())) {
            return true; // "Pat Nabong/Sun-Times" under a caption, after the byline: the photographer, for the masthead's paper
        }
        if (byline.isPresent()) {
            byline.get().authors().forEach(draft::addAuthor);
            draft.offerSource(BylineOutlets.withoutStaff(byline.get().source()), TextArticleParser.BYLINE); // ("By Gambling Insider Staff")
            ArticleType labelled = ArticleTypes.fromLabel(byline.get().label());
            draft.offerType(labelled);
            if (byline.get().label() != null && (labelled == ArticleType.UNKNOWN || labelled == ArticleType.NEWS)) {
                draft.offerSection(ArticleTypes.sectionCase(byline.get().label())); // ("... in Latest News by Garowe Online")
            }
            if (byline.get().date() != null) {
                draft.offerPublished(byline.get().date().instant(), TimeProvenance.TEXT, byline.get().date().text());
            }
            return true;
        }
        Matcher section = SECTION_LABEL.matcher(line.strip());
        if (section.matches()) {
            draft.offerSection(ArticleTypes.sectionCase(section.group(1)));
            return true; // "NEWSPAPER SECTION: News", "Section: Business": the page's own label of its section
        }
        Optional<ArticleType> genre = genre(line);
        if (genre.isPresent()) {
            draft.offerType(genre.get());
            return true;
        }
        if (DISCLAIMER.matcher(line.strip()).matches()) {
            draft.offerType(ArticleType.OPINION);
            return true;
        }
        Optional<String> notice = SignatureDetector.notice(line);
        if (notice.isPresent()) {
            if (draft.authors.size() == 1 && draft.authors.get(0).equalsIgnoreCase(notice.get())) {
                draft.authors.clear(); // the outlet the notice names, read before as a bare name: "Al-Masry Al-Youm" over the date
            }
            boolean copyright = line.strip().matches("(?iu)^(?:©|\\(c\\)|copyright).*");
            draft.offerSource(notice.get(), NoticeRanks.of(line, notice.get(), copyright)); // (an owner's copyright under the masthead)
            CreditLines.writer(line).ifPresent(draft::addAuthor); // "Quelle: MDR SACHSEN/Jana Fischer"
            draft.copyrightLine = copyright && draft.copyrightLine == null ? line.strip() : draft.copyrightLine;
            if (SignatureDetector.REPORT_BY.matcher(line.strip()).matches()) {
                // "... was first published Dec. 3, 2024": the wire's own footer dates the story
                DateExtractor.find(line).ifPresent(d -> draft.offerPublished(d.instant(), TimeProvenance.TEXT, line.strip()));
            }
            return true;
        }
        return false;
    }
}
