package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * The details a publication stamp's block carries beside its date, each on a line of its own
 * under the headline: the place it was written ("TORINO", or a listed place as written: "Santander"), the clock ("17:38") and a
 * label of the piece's type ("NEWS"), and a Japanese or Chinese issuing office ("港湾局"). They are metadata, not
 * text; the label gives the type.
 */
final class StampDetails {
    /** One word in capitals ("TORINO", "NEW-YORK"), not a name of two words ("CARMEN LÓPEZ") or an agency ("PTI"). */
    private static final Pattern PLACE_IN_CAPITALS = Pattern.compile("\\p{Lu}{4,}(?:-\\p{Lu}{2,})?");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h|[ap]\\.?m\\.?|[A-Z]{2,4}))?",
            Pattern.CASE_INSENSITIVE);

    /** A Japanese or Chinese office's name, the release's issuer beside its date: "港湾局", "総務課", "新聞室". */
    private static final Pattern OFFICE = Pattern.compile("\\p{IsHan}{1,10}(?:局|課|部|室|庁|署)");

    /** An outlet's name and its web address on the stamp's card: "The Daily Tribune – www.newsofbahrain.com". */
    private static final Pattern OUTLET_AND_SITE = Pattern.compile("(\\p{Lu}.{2,40}?)\\s+[–—|-]\\s+(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+/?");

    /** A field's label alone on its line, its value under it: "Source:" (ScienceDaily's stamp block). */
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?i)\\s*source\\s*:\\s*");

    /** A release's issuer, and perhaps its minister after it: "From: Department for Transport and The Rt Hon ... MP". */
    private static final Pattern FROM_ISSUER = Pattern.compile("From:\\s*(\\p{Lu}.{2,80}?)(?:,?\\s+and\\s+(?:[Tt]he\\s+)?(?:Rt\\.? Hon|Minister|Secretary"
            + "|Lord|Baroness|Sir|Dame|Dr)\\b.*)?");

    /** A tagline's second line, in lower case and without a stop: "from research organizations". */
    private static final Pattern TAGLINE_TAIL = Pattern.compile("\\p{Ll}[\\p{L} ]{2,40}");

    /** A state's or region's letters: "WA", "NSW". */
    private static final Pattern REGION_LETTERS = Pattern.compile("\\p{Lu}{2,3}");

    /** "Doha, Qatar": two places parted by a comma, each of three words at most. */
    private static boolean townAndCountry(String text) {
        String[] parts = text.split("\\s*,\\s*");
        return parts.length == 2 && Arrays.stream(parts).allMatch(p -> p.split("\\s+").length <= 3 && Places.isPlace(p));
    }

    /** The fewest words of a headline under a kicker here (a menu's next item is one or two). */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** A section's label, then "of" and the day: "Regional News of Friday, 5 December 2026". */
    private static final Pattern SECTION_OF_DAY = UnicodeRegex.compile("^(\\p{Lu}[\\p{L}&' ]{1,30}? News) of (?=\\p{L}+,? \\d)");

    private StampDetails() {
    }

    /**
     * Line i is a region's letters in capitals right under a byline, in its block ("By Keira Donnelly" / "WA"): where the
     * story is filed, a tag, not the standfirst; an agency's letters there ("AP") are the agency's credit instead.
     */
    static boolean regionUnderByline(PageLines lines, int i) {
        String text = lines.get(i).strip();
        return i > 0 && lines.sameBlock(i - 1, i) && REGION_LETTERS.matcher(text).matches()
                && SignatureDetector.agencyCredit(text).isEmpty() && BylineDetector.standalone(lines.get(i - 1)).isPresent();
    }

    /**
     * Line i is a section's label in a block of its own between the stamp's block and the text ("Jim Elliot" / "Dec. 5,
     * 2026 2:00 p.m." / "Local News" / the text): the story's section, offered to the draft (the news root's also its
     * type, as under the date).
     */
    static boolean sectionUnderStamp(PageLines lines, int i, ArticleDraft draft) {
        String text = lines.get(i).strip();
        boolean ownBlock = i > 0 && i + 1 < lines.size() && !lines.sameBlock(i - 1, i) && !lines.sameBlock(i, i + 1);
        if (!ownBlock || !lines.inDatedBlock(i - 1) || text.split("\\s+").length > 3 || Headlines.isTitleLike(lines.get(i + 1))
                || !(SectionNames.isSection(text) || BreadcrumbDetector.isNewsRoot(text))) {
            return false;
        }
        draft.offerSection(BreadcrumbDetector.isNewsRoot(text) ? ArticleTypes.sectionCase(text) : text);
        draft.offerType(BreadcrumbDetector.isNewsRoot(text) ? ArticleType.NEWS : ArticleTypes.fromLabel(text));
        return true;
    }

    /**
     * Line i is such a detail ({@link #consumed(String, ArticleDraft)}), unless it stands right over the headline in its
     * block before any text: a kicker there, the section ("Falkland Islands" / the headline / the stamp).
     */
    static boolean consumed(PageLines lines, int i, boolean beforeHeadline, ArticleDraft draft) {
        if (!beforeHeadline && lines.get(i).strip().matches("(?i)comments?")) {
            return true; // "Comment" under the stamp: the comments' button, no opinion piece's label
        }
        String next = i + 1 < lines.size() && lines.sameBlock(i, i + 1) ? lines.get(i + 1).strip() : "";
        if (TAGLINE_TAIL.matcher(next).matches() && SectionNames.isSection(lines.get(i).strip()) || i > 0 && lines.sameBlock(i - 1, i)
                && TAGLINE_TAIL.matcher(lines.get(i).strip()).matches() && SectionNames.isSection(lines.get(i - 1).strip())) {
            return true; // "Science News" / "from research organizations": the site's tagline on two lines, no section
        }
        Matcher from = FROM_ISSUER.matcher(lines.get(i).strip());
        if (from.matches() && Outlets.looksLikeOutlet(from.group(1))) { // GOV.UK's "From: Department for Transport and The Rt
            draft.offerSource(from.group(1).strip(), TextArticleParser.BYLINE); // Hon ... MP": the department issuing it
            return true;
        }
        if (SOURCE_LABEL.matcher(lines.get(i)).matches() && Outlets.looksLikeOutlet(next)) {
            return true; // "Date:" / the date / "Source:" / "University of Leeds": who issued the research the site reports
        }
        if (i > 0 && SOURCE_LABEL.matcher(lines.get(i - 1)).matches() && lines.sameBlock(i - 1, i) && Outlets.looksLikeOutlet(lines.get(i))) {
            draft.offerSource(lines.get(i).strip(), TextArticleParser.SIGNATURE); // (a weak clue: a masthead outranks it)
            return true;
        }
        if (beforeHeadline && (next.split("\\s+").length >= MIN_HEADLINE_WORDS && Headlines.isTitleLike(next)
                && MetaDateLine.parse(next).isEmpty() || TopMenus.repeatsMenuItem(lines, i) || BlockMastheads.nameOverHomeTrail(lines, i, i + 1))) {
            return false; // (a menu's item over the piece's kind is the section, no town: "Lyon" / "Décryptage"; "EXPANSÃO" over its trail)
        }
        return consumed(lines.get(i), draft);
    }

    /** True when the line is such a detail; a type label is offered to the draft. */
    static boolean consumed(String line, ArticleDraft draft) {
        String text = line.strip();
        ArticleType type = ArticleTypes.fromLabel(text);
        if (type != ArticleType.UNKNOWN && text.split("\\s+").length <= 2) {
            draft.offerType(type);
            if (BreadcrumbDetector.isNewsRoot(text)) {
                draft.offerSection(ArticleTypes.sectionCase(text)); // "News" under the date: the site's news, its section too
            }
            return true;
        }
        Matcher site = OUTLET_AND_SITE.matcher(text);
        if (site.matches() && Outlets.looksLikeOutlet(site.group(1))) {
            draft.offerSource(site.group(1), TextArticleParser.BYLINE); // "The Daily Tribune – www.newsofbahrain.com"
            return true;
        }
        if (text.equalsIgnoreCase(draft.source)) { // the outlet named again on the byline's card, as it writes its name ("Asia-Plus")
            draft.offerSource(text, TextArticleParser.BYLINE);
            return true;
        }
        if (SectionNames.isSection(text) && !Places.isPlace(text) && text.split("\\s+").length <= 3) {
            draft.offerSection(ArticleTypes.sectionCase(text)); // "Society" / "05/12/2026 14:37": the story's section beside its date
            return true;
        }
        return CLOCK.matcher(text).matches()
                || PLACE_IN_CAPITALS.matcher(text).matches() && SignatureDetector.agencyCredit(text).isEmpty()
                || text.split("\\s+").length <= 3 && Places.isPlace(text) // "Redacción / Santander / Actualizado: ..."
                || townAndCountry(text) // "The Peninsula" / "Doha, Qatar" / "Published: ..."
                || OFFICE.matcher(text).matches(); // "令和7年12月2日" / "港湾局"
    }

    /**
     * What a dated line gives beside its date: the outlet it names ("KYODO NEWS - Dec 5, 2026 - 10:12"), and a listed
     * section after its last bar or dash, the first of a list ("... | Business, All", Axios's "Dec 5, 2026 - Economy"),
     * or before a comma when the menu lists it ("Бизнес, 06 дек 2026, 12:40").
     */
    /** A name after the time and a comma, closing a dated line. */
    private static final Pattern WRITER_AFTER_TIME = UnicodeRegex.compile("\\d{1,2}[:.]\\d{2}(?:\\s*(?:Uhr|h|[ap]\\.?m\\.?))?,\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})$");

    static void besideDate(PageLines lines, String outlet, String line, ArticleDraft draft) {
        draft.offerSource(outlet, TextArticleParser.MASTHEAD);
        Matcher label = LABEL_BEFORE_DATE.matcher(line.strip());
        if (label.lookingAt() && (label.group().contains(",") && (SectionNames.isSection(label.group(1)) || MenuSpellings.listsItem(lines, label.group(1)))
                || BreadcrumbDetector.isNewsRoot(label.group(1)))) { // (without the comma, the news root only: "News 7 Dec 2026")
            offerLabel(draft, label.group(1)); // RBC's "Бизнес, 06 дек 2026, 12:40": a section the menu lists, then the day
        }
        Matcher writer = WRITER_AFTER_TIME.matcher(line.strip());
        if (writer.find() && PersonNames.isName(writer.group(1)) && draft.authors.isEmpty()) {
            draft.addAuthor(writer.group(1)); // Golem's "6. Dezember 2026, 9:31 Uhr, Friedhelm Greis": the writer after the time
        }
        String[] segments = SEPARATOR.split(line.strip()); // ("December 6, 2026 • Liz Farmer": the writer in a segment after the date)
        StampWriters.take(segments, draft);
        Matcher labelled = SECTION_OF_DAY.matcher(line.strip());
        if (labelled.lookingAt()) {
            draft.offerSection(labelled.group(1)); // GhanaWeb's "Regional News of Friday, 5 December 2026"
        }
        Matcher glued = SECTION_AFTER_YEAR.matcher(line.strip());
        if (segments.length < 2 && glued.matches() && (SectionNames.isSection(glued.group(1)) || BreadcrumbDetector.isNewsRoot(glued.group(1)))) {
            offerLabel(draft, glued.group(1)); // "Dec 05, 2026 News": a theme's date and category link, no separator
            return;
        }
        if (segments.length < 2) {
            return;
        }
        // after the last bar or dash, the first of a list; or before the first ("Transport · 5 December 2026", a site
        // builder's label over the headline; or one the menu lists, "Architecture | 6 December 2026")
        for (String section : List.of(segments[segments.length - 1].split(",")[0].strip(), segments[0].strip())) {
            if ((SectionNames.isSection(section) || MenuSpellings.listsItem(lines, section)) && DateExtractor.find(section).isEmpty()) {
                offerLabel(draft, section); // ("... | 10:32 CET | News")
                return;
            }
        }
    }

    /** A section's label beside the date; the news root's ("News") makes the piece news too. */
    private static void offerLabel(ArticleDraft draft, String label) {
        draft.offerSection(label);
        draft.offerType(BreadcrumbDetector.isNewsRoot(label) ? ArticleType.NEWS : null);
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•\\-–—]\\s+");
    /** A label of one or two words and a comma or a space before the day: "Бизнес, 06 дек 2026, 12:40", "News 7 Dec 2026". */
    private static final Pattern LABEL_BEFORE_DATE = UnicodeRegex.compile("^(\\p{Lu}[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?),?\\s+(?=\\d)");
    /** A date's year, then a section's name of one to three words: "Dec 05, 2026 News". */
    private static final Pattern SECTION_AFTER_YEAR = UnicodeRegex.compile(".*\\b(?:19|20)\\d{2}\\s+(\\p{Lu}\\p{L}+(?: \\p{L}+){0,2})");
}
