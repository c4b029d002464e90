package io.newsflow.producer.parse.text;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.TimeProvenance;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * Turns the content lines left after the header and footer are read into the lead, headings and
 * paragraphs. An inline byline or a wire dateline in the first paragraphs gives authors and the
 * outlet; the byline prefix is removed from the paragraph, the dateline is article text and stays.
 */
final class BodyBuilder {
    private static final int BYLINE_WINDOW = 3;
    private static final Pattern DATED_OPENING = UnicodeRegex.compile("^\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}"
            // "BERGEN, Norway — March 3, 2025 — Researchers ...": the region, then a dash before the date
            + "(?:,\\s*\\p{Lu}[\\p{L}\\p{M} .'’-]{1,30}?)?(?:,\\s*|\\s*[–—]\\s*)"
            // "ANTWERP, Belgium, Dec. 12, 2024 /PRNewswire/ --": a press wire's name between the date and the dash, or an
            // agency's in brackets ("ABU DHABI, 5th December, 2026 (WAM) --")
            + "((?:\\p{L}+\\.?,?\\s+)?\\d[\\p{L}\\d., ]{1,30}?\\d{4})\\s*(?:/[^/\\s][^/]{1,40}/\\s*|\\([^()]{2,40}\\)\\s*)?[–—-]{1,2}\\s+");
    /**
     * "December 4, 2026 (PORT SUDAN) – A convoy ...": the date first, then the town in capitals in brackets (Sudan Tribune's),
     * or no town ("December 5, 2026 - Split Airport will ...", Total Croatia News's).
     */
    private static final Pattern DATE_THEN_TOWN = UnicodeRegex.compile(
            "^((?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},?|\\d{1,2}\\.?\\s+\\p{Lu}\\p{Ll}{2,8},?)\\s+\\d{4})\\s*(?:\\(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}\\)\\s*)?"
            + "[–—-]{1,2}\\s+");

    private BodyBuilder() {
    }

    /**
     * {@code updateStamp}: the page's update stamp when it gave no publication date (else null); a
     * wire dateline of the same day ("Barcelona, 21 ene (EFE).-" under "Actualizado 21/01/2025")
     * says the story was filed that day.
     */
    static void build(ArticleDraft draft, List<String> content, DateExtractor.FoundDate updateStamp) {
        for (int i = 0; i < Math.min(BYLINE_WINDOW, content.size()); i++) {
            Optional<Byline> inline = InlineBylines.of(content.get(i));
            if (inline.isPresent()) {
                inline.get().authors().forEach(draft::addAuthor);
                draft.offerSource(inline.get().source(), TextArticleParser.INLINE_BYLINE);
                content.set(i, inline.get().remainder());
            }
            Datelines.agency(content.get(i)).filter(a -> !callSignOf(a, draft.source))
                    .ifPresent(a -> draft.offerSource(a, TextArticleParser.DATELINE));
            if (updateStamp != null && draft.publishedAt == null) {
                datedByUpdate(draft, content.get(i), updateStamp);
            }
            if (draft.copyrightLine != null && draft.publishedAt == null) {
                datedByCopyright(draft, content.get(i));
            }
            Optional<DateExtractor.FoundDate> dated = Datelines.datedAlone(content.get(i)); // "Cd. de México (05 diciembre 2026).-"
            if (content.size() > 1 && dated.isPresent()) {
                draft.offerPublished(dated.get().instant(), TimeProvenance.TEXT, content.get(i).strip());
                content.remove(i--);
                continue;
            }
            if (content.size() > 1 && Datelines.standsAlone(content.get(i))) {
                content.remove(i--); // "MADRID, 14 (EUROPA PRESS)" on its own line: the agency is read, the line is no text
            }
        }
        // a press release dates its first paragraph: "Berlin, 29. November 2026 – Siemens Energy has ...", or its second
        // under a standfirst
        for (int i = 0; i < Math.min(2, content.size()) && (i == 0 || draft.publishedAt == null); i++) {
            Matcher dateline = openingDateline(content.get(i));
            if (dateline != null) {
                DateExtractor.find(dateline.group(1))
                        .ifPresent(d -> draft.offerPublished(d.instant(), TimeProvenance.TEXT, dateline.group().strip()));
            }
        }
        int start = 0;
        // the first block after the headline is the standfirst even when it is short and unpunctuated, but for a heading in
        // capitals over the text ("THE NEWS", Semafor's first of its parts)
        if (content.size() >= 2 && !shoutedHeading(content.get(0), content.get(1))) {
            draft.lead = RunInTeasers.strip(content.get(0)); // (a link run into its end is no more the standfirst's)
            start = 1;
        }
        for (int i = start; i < content.size(); i++) {
            String next = i + 1 < content.size() ? content.get(i + 1) : null;
            if (HeadingDetector.isHeading(content.get(i), next)) {
                draft.heading(content.get(i));
            } else {
                draft.paragraph(content.get(i));
            }
        }
    }

    /** A few words in capitals, no sentence, that head the text as a heading would. */
    private static boolean shoutedHeading(String block, String next) {
        String text = block.strip();
        int words = text.split("\\s+").length; // (one word in capitals is a dateline's town or initials: "ANKARA", "HT")
        return words >= 2 && words <= MAX_SHOUTED_HEADING_WORDS && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && text.matches(".*\\p{Lu}{2}.*") && !text.matches(".*[.!?:]$") && HeadingDetector.isHeading(text, next);
    }

    private static final int MAX_SHOUTED_HEADING_WORDS = 5;

    /** The first paragraph's dated opening ({@link #DATED_OPENING}, else {@link #DATE_THEN_TOWN}), its date in group 1; or null. */
    private static Matcher openingDateline(String paragraph) {
        for (Pattern opening : List.of(DATED_OPENING, DATE_THEN_TOWN)) {
            Matcher m = opening.matcher(paragraph);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** The day of the update stamp, when the paragraph's wire dateline names that day and month. */
    private static void datedByUpdate(ArticleDraft draft, String paragraph, DateExtractor.FoundDate updateStamp) {
        Optional<MonthDay> day = Datelines.dayAndMonth(paragraph);
        LocalDate updated = LocalDate.ofInstant(updateStamp.instant(), ZoneOffset.UTC);
        if (day.isPresent() && day.get().equals(MonthDay.from(updated))) {
            draft.offerPublished(updated.atStartOfDay(ZoneOffset.UTC).toInstant(), TimeProvenance.TEXT,
                    Datelines.dateline(paragraph) + " | " + updateStamp.text());
        }
    }

    private static final Pattern YEAR = UnicodeRegex.compile("\\b(?:19|20)\\d{2}\\b");

    /**
     * "WASHINGTON, Dec. 1 (UPI) --" over "Copyright 2025 United Press International": a wire's dateline names the day and
     * month, the page's copyright line the year; together they date the story (the last year of a span: "© 2019-2025").
     */
    private static void datedByCopyright(ArticleDraft draft, String paragraph) {
        Optional<MonthDay> day = Datelines.dayAndMonth(paragraph);
        Matcher year = YEAR.matcher(draft.copyrightLine);
        String last = null;
        while (year.find()) {
            last = year.group();
        }
        if (day.isPresent() && last != null) {
            LocalDate date = day.get().atYear(Integer.parseInt(last));
            draft.offerPublished(date.atStartOfDay(ZoneOffset.UTC).toInstant(), TimeProvenance.TEXT,
                    Datelines.dateline(paragraph) + " | " + draft.copyrightLine);
        }
    }

    /**
     * "DALLAS (KXRT) —" under "KXRT News 8": a station's dateline names the outlet the page already gave, by its call
     * sign or its name's initials ("(CN)" under "Courthouse News Service"); the fuller name stays (a wire's name, "Kyodo"
     * over "Kyodo News" or a listed agency's capitals, "CNA" over "CNA English News", is no call sign).
     */
    private static boolean callSignOf(String agency, String source) {
        return source != null && agency.equals(agency.toUpperCase(Locale.ROOT)) && SignatureDetector.agencyCredit(agency).isEmpty()
                && (agency.length() >= 3 && (source.startsWith(agency + " ") || agency.matches("[KW][A-Z]{3}") // ("KABC" of "ABC7 Los Angeles")
                && source.startsWith(agency.substring(1))) || OutletInitials.opensName(agency, source)); // ("CN" of "Courthouse News Service")
    }
}
