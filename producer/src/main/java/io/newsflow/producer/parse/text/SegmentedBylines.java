package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A byline without "By" set in segments, the writer's name first: "Jane Tremblay · CBC News ·" (the outlet), "Joan
 * Ramírez | Barcelona" (the town), "Gizem Nisa Cebi |01.12.2025" (the date), "Ritika Gondhalekar |
 * ritika.gondhalekar@mid-day.com" (the writer's address), "Francis Campbell · Reporter | Posted: Dec. 6, 2026, 7:30
 * a.m." (a role and the stamp); under the headline the date may come first ("December 6, 2026 | Matthew Rothstein, Bisnow
 * National"). Read only below the headline: above it, "Naira Keeps Falling | The Lagos Ledger" is a title.
 */
final class SegmentedBylines {
    /** An outlet's name is short: "CBC News", "The Sydney Morning Herald". */
    private static final int MAX_OUTLET_WORDS = 6;
    /** A writer's address in a segment of its own. */
    private static final Pattern MAIL = Pattern.compile(ContactLines.MAIL_ADDRESS);
    /** A clock and its zone in a segment of its own, after the date's ("8:42 am PT"). */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{1,4})?");

    /** What follows the name's comma in a date-first byline: a few capitalised words, an outlet, a desk or a role. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:of |for |the )?\\p{Lu}[\\p{L}&'’.-]*){0,4}");

    private SegmentedBylines() {
    }

    /**
     * The byline the line is, when a name opens it and every later segment is an outlet, a town, a date, an address or
     * (under the headline only) a role: "Eric Miller | Senior Reporter" closing the text is the writer's box.
     */
    static Optional<Byline> nameThenOutlet(String line, boolean underHeadline) {
        String text = line.strip();
        String[] segments = BylineDetector.SEGMENTS.split(text);
        if (underHeadline && segments.length == 2 && text.length() <= BylineDetector.MAX_LINE) {
            Optional<Byline> dated = dateThenName(segments[0].strip(), segments[1].strip());
            if (dated.isPresent()) {
                return dated;
            }
        }
        int comma = segments[0].lastIndexOf(','); // "Marcus Hand, Editor | Dec 05, 2026": the role after a comma, in the name's segment
        if (comma > 0 && UnmarkedBylines.isRole(segments[0].substring(comma + 1).strip())) {
            segments[0] = segments[0].substring(0, comma);
        }
        if (text.length() > BylineDetector.MAX_LINE || segments.length < 2 || BylineDetector.hasLeadIn(segments[0])
                || !PersonNames.isName(segments[0].strip()) || UnmarkedBylines.isRole(segments[0].strip())) {
            return Optional.empty(); // ("Multimedia Journalist·Hawke's Bay Today·": a role, no name)
        }
        String source = null;
        DateExtractor.FoundDate date = null;
        boolean placeOrMail = false;
        boolean role = false;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].strip();
            Optional<DateExtractor.FoundDate> found = DateExtractor.find(segment);
            if (found.isPresent()) {
                date = date == null ? found.get() : date;
            } else if (date != null && CLOCK.matcher(segment).matches()) { // "Fred Lambert | Dec 5 2026 - 8:42 am PT": its time
                date = DateExtractor.find(date.text() + " " + segment).orElse(date);
            } else if (Places.isPlace(segment) || MAIL.matcher(segment).matches()) {
                placeOrMail = true; // "Joan Ramírez | Barcelona": where the writer files from; or how to write to them
            } else if (source == null && segment.split("\\s+").length <= MAX_OUTLET_WORDS && (Outlets.hasOutletWord(segment)
                    || SignatureDetector.agencyCredit(segment).isPresent() || !BylineOutlets.withoutStaff(segment).equals(segment))) {
                // (a sentence after a dateline's dash is text, whatever words it holds: "GRAND JUNCTION — The City Council
                // ... to review the plan."; "Rigzone Staff": the outlet's staff, so the outlet)
                source = BylineOutlets.withoutStaff(segment);
            } else if (UnmarkedBylines.isRole(segment)) {
                role = true; // "Francis Campbell · Reporter", "Eric Miller | Senior Reporter": the writer's role
            } else if (!segment.isEmpty() && !JunkLineDetector.isJunk(segment)) {
                return Optional.empty(); // ("Last Updated: 3 hours ago" is furniture)
            }
        }
        // "Gizem Nisa Cebi |01.12.2025 - Update : 01.12.2025": a name and its date are a byline too, and so a name and its role
        return source == null && !placeOrMail && date == null && !(role && underHeadline) ? Optional.empty()
                : Optional.of(new Byline(List.of(NameCase.natural(segments[0].strip())), source, date, null));
    }

    /** "December 6, 2026 | Matthew Rothstein, Bisnow National": the date alone, then the name and its outlet, desk or role. */
    private static Optional<Byline> dateThenName(String first, String second) {
        Optional<DateExtractor.FoundDate> date = DateExtractor.find(first);
        int comma = second.indexOf(',');
        if (date.isEmpty() || comma < 0 || !CLOCK.matcher(first.replace(date.get().text(), "")).replaceAll("").replaceAll("[\\W_]", "").isEmpty()) {
            return Optional.empty(); // (the first segment holds only the date and its time)
        }
        String name = second.substring(0, comma).strip();
        String after = second.substring(comma + 1).strip();
        if (name.split("\\s+").length < 2 || BylineDetector.hasLeadIn(name) || !PersonNames.isName(name)
                || !AFTER_NAME.matcher(after).matches()) {
            return Optional.empty();
        }
        String source = Outlets.hasOutletWord(after) && Outlets.looksLikeOutlet(after) ? after : null;
        return Optional.of(new Byline(List.of(NameCase.natural(name)), source, date.get(), null));
    }
}
