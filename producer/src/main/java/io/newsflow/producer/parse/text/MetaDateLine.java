package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that only states when the piece was published or updated
 * ({@code Published 08.10.2024 09:14 | Updated 08.10.2024 11:02}, {@code Posted on October 7, 2024},
 * {@code 7 October 2024, 09:14 CET}) and reads its publication date. A line that only gives an update
 * time is metadata too, but yields no publication date: an update time is a different fact. A stamp
 * may name its outlet beside the date ({@code Mar 4, 2025 | Mining Journal Today}).
 */
public final class MetaDateLine {
    private static final int MAX_LENGTH = 200;
    private static final int MAX_OTHER_WORDS = 2;
    /** A stamp's or byline's segments' separators ("1 Dec 2025 | 10:15", "Name · Outlet"; not a date's dot: "04·12·26"). */
    public static final Pattern SEGMENTS = UnicodeRegex.compile("\\s*(?:[|•]|·(?!(?<=\\d·)\\d))\\s*");
    private static final Pattern NON_WORD = UnicodeRegex.compile("[^\\p{L}\\p{M}\\p{N}]+"); // (marks: Devanagari's vowel signs are inside words)
    /**
     * What the date extractor leaves of a stamp: a clock time ("3:45 PM", "10h04"), a relative time
     * ("Updated 2 hours ago"), an hour offset ("GMT+1").
     */
    private static final Pattern CLOCK = UnicodeRegex.compile("(?iu)\\b\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?(?:min\\b)?(?:\\s*[ap]\\.?\\s?m\\.?)?|"
            + "\\b\\d{1,2}\\s*[ap]\\.?m\\.?(?!\\p{L})|\\b\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?)\\s+ago\\b|"
            + "\\b(?:há|hace|il y a|vor)\\s+\\d+\\s*\\p{L}+|\\b\\d+\\s*(?:ore|uur|minuti|minuten)\\s+(?:fa|geleden)\\b|"
            + "\\b(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}\\b");
    private static final Pattern CLOCK_ONLY = UnicodeRegex.compile("(?iu)^\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h|[ap]\\.?m\\.?))?(?:\\s+(?:" + ZoneOffsets.PATTERN + "))?$");
    /** "Ciudad de México / 29.11.2026": the place a stamp is written from, before or after it. */
    private static final Pattern PLACE = UnicodeRegex.compile("^\\s*[/|,–—-]?\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:de|del|da|do|di|la|el|am|an|"
            + "sur|upon|es|al|du|des|der|den|dos|das|of|on|op|aan|\\p{Lu}[\\p{L}.'’-]*)){0,4}\\s*[/|,–—-]?\\s*$"); // ("Dar es Salaam")
    /** An update stamp's label, read in the words just before its date ("Updated", "Mis à jour le", "Last modified on"). */
    private static final Pattern UPDATE_BEFORE = UnicodeRegex.compile("(?iu)\\b(updated?|modified|aktualisiert|aktualisierung|geändert|mis à jour|mise à jour|modifié|"
            + "aggiornamento|agg|actualización|atualização|opdatering|uppdatering|"
            + "actualizado|actualizada|modificado|aggiornato|aggiornata|bijgewerkt|aangepast|zaktualizowano|atualizado|atualizada|opdateret|uppdaterad|"
            + "uppdaterat|oppdatert|päivitetty|aktualizováno|aktualizace|güncelleme|güncellenme|güncellendi|ενημερώθηκε|ενημέρωση|수정|최종수정|更新|અપડેટેડ|अपडेटेड|"
            + "actualizat|actualizată|actualizare|оновлено|обновлено)(?![\\p{L}\\p{M}])"); // (Turkish, Greek, Korean, Japanese, Gujarati, Hindi; Romanian, Ukrainian, Russian)
    private static final int LABEL_CHARS = 24;
    /** A press wire's "Source: Company" beside its stamp. */
    private static final Pattern ISSUER = UnicodeRegex.compile("(?iu)^\\s*(?:source|quelle|fuente|fonte|źródło|bron|kilde|källa)\\s*:\\s*\\S.{0,60}$");
    /** "Updated January 20 2025 - 5:21pm, first published 5:00pm": the publication's time on the update's day. */
    private static final Pattern FIRST_PUBLISHED = UnicodeRegex.compile("(?iu)\\bfirst published\\s+(?:at\\s+)?"
            + "(\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?|\\d{1,2}[:.]\\d{2})(?![\\d/])");

    /** The line is metadata: its publication date, its update date (the first stamp labelled as one), its outlet; each may be null. */
    public record Result(DateExtractor.FoundDate published, DateExtractor.FoundDate updated, String outlet) { }

    private MetaDateLine() {
    }

    /** The parsed line when it is a date-only metadata line, else empty. */
    public static Optional<Result> parse(String line) {
        if (line.length() > 4 * MAX_LENGTH) {
            return Optional.empty(); // a paragraph: the reading time cut below is a few words, no stamp is left under the limit
        }
        String text = StampParts.parted(line); // (what is glued to the stamp, parted as a segment or dropped)
        // without a year no segment has a date, and a line without one is a date line only as a yearless stamp
        if (text.length() > MAX_LENGTH || !DateExtractor.hasYear(text)) {
            return text.length() > MAX_LENGTH ? Optional.empty() : YearlessStamps.read(text);
        }
        List<String> segments = withClocks(SEGMENTS.split(text));
        if (namesWriterAndOutlet(segments) || DatedBylines.read(segments.get(0)).isPresent()) {
            // "Mike Crawley · CBC News · Posted: ...", "Nathalie Perrin - 05 déc. 2026 à 07:15 | mis à jour ...": bylines
            return Optional.empty();
        }
        DateExtractor.FoundDate publication = null;
        DateExtractor.FoundDate update = null;
        String outlet = null;
        boolean anyDate = false;
        for (String segment : segments) {
            Optional<DateExtractor.FoundDate> date = DateExtractor.find(segment);
            if (date.isEmpty() && Places.isPlace(segment)) {
                continue; // "Ciudad de México | 25/11/2025 | 09:12": where the story was written
            }
            if (date.isEmpty()) {
                // "... • 3 minute read": a reading time beside the stamps is furniture of the same line
                if (outlet == null && namesOutlet(segment)) {
                    outlet = segment.strip(); // "Mar 4, 2025 | Mining Journal Today", "Kompas.com - 01/12/2025, 10:15 WIB"
                } else if (ISSUER.matcher(segment).matches() || SectionNames.isCategoryList(segment)) {
                    continue; // "... 08:00 ET | Source: Harborline Logistics, Inc.": a release's issuer; "| Japan, Economy, All"
                } else if (!isMetaOnly(segment) && !JunkLineDetector.isJunk(segment) && !StampWriters.isWriterWithOutlet(segment)) {
                    return Optional.empty();
                }
                continue;
            }
            // "Publié le 29/11/2026 à 18h05 Modifié le 29/11/2026 à 19h12", "Mis à jour le ..., publié le ...":
            // several stamps in one segment, each an update or not by the words just before it
            String rest = segment;
            String before = "";
            for (Optional<DateExtractor.FoundDate> d = date; d.isPresent(); d = DateExtractor.find(rest)) {
                int at = rest.indexOf(d.get().text());
                before = at < 0 ? "" : rest.substring(0, at);
                boolean isUpdate = UPDATE_BEFORE.matcher(lastWords(before)).find();
                if (publication == null && !isUpdate) {
                    publication = d.get();
                } else if (update == null && isUpdate) {
                    update = d.get();
                }
                rest = rest.replace(d.get().text(), " ");
            }
            // "November 25, 2025 3 min read": a reading time glued to the date, no separator between; a newsroom's note
            // around a date ("Appeared in the December 3, 2026, print edition as ...") is furniture but no stamp
            if (!isMetaOnly(rest) && !PLACE.matcher(rest).matches() && !(JunkLineDetector.isJunk(rest)
                    && !ReaderPrompts.NEWSROOM.matcher(rest).find()) || writerBefore(rest) || BylineLabels.leadInAndName(rest)) {
                return Optional.empty(); // (and "Amr Kandil , Tuesday 2 Dec 2025", "By Ann Lee / Dec 5, 2026": bylines)
            }
            anyDate = true;
        }
        if (anyDate && publication == null && update != null) {
            publication = firstPublished(text, update);
        }
        return anyDate ? Optional.of(new Result(publication, update, outlet)) : Optional.empty();
    }


    /** A stamp's segment that names its outlet: a name with an outlet's word ("Mining Journal Today") or a site's address. */
    static boolean namesOutlet(String segment) {
        return Outlets.hasOutletWord(segment) && Outlets.looksLikeOutlet(segment) || Outlets.isDomain(segment);
    }

    /** The first segment is a person's name without "By" (a date follows), or a segment is a name and another an outlet. */
    private static boolean namesWriterAndOutlet(List<String> segments) {
        String first = segments.get(0).strip();
        if (segments.size() >= 2 && first.split("\\s+").length >= 2 && !BylineDetector.hasLeadIn(first) && PersonNames.isName(first)
                && !Places.isPlace(first) && DateExtractor.find(first).isEmpty()) {
            return true; // "Anna Berg |28.11.2025 - Update : 28.11.2025": the writer's name, then the date
        }
        boolean name = false;
        boolean outlet = false;
        for (String segment : segments) {
            String s = segment.strip();
            if (s.split("\\s+").length >= 2 && PersonNames.isName(s) && DateExtractor.find(s).isEmpty()) {
                name = true;
            } else if (Outlets.hasOutletWord(s) && Outlets.looksLikeOutlet(s)) {
                outlet = true;
            }
        }
        return name && outlet;
    }

    /** The publication an update stamp names by its time alone ("..., first published 5:00pm"), else null. */
    private static DateExtractor.FoundDate firstPublished(String text, DateExtractor.FoundDate update) {
        Matcher first = FIRST_PUBLISHED.matcher(text);
        if (!first.find()) {
            return null;
        }
        String day = CLOCK.matcher(update.text()).replaceAll(" ").replaceAll("[\\s,–—-]+$", "").strip();
        return DateExtractor.find(day + " " + first.group(1)).orElse(null);
    }

    /** "07.10.2024 | 14:20 Uhr", "4:10 PM PST · December 5, 2026": a segment of only a clock is the time of the date beside it. */
    private static List<String> withClocks(String[] segments) {
        List<String> joined = new ArrayList<>();
        for (String segment : segments) {
            String last = joined.isEmpty() ? "" : joined.get(joined.size() - 1);
            if (CLOCK_ONLY.matcher(segment).matches() && DateExtractor.hasYear(last)
                    || CLOCK_ONLY.matcher(last).matches() && DateExtractor.hasYear(segment)) {
                joined.set(joined.size() - 1, last + " " + segment);
            } else {
                joined.add(segment);
            }
        }
        return joined;
    }

    /** The end of the text before a date, where its label is: "published 12:00, updated " ends in the update's label ("/ Original "). */
    private static String lastWords(String before) {
        String t = before.stripTrailing();
        int comma = Math.max(Math.max(t.lastIndexOf(','), t.lastIndexOf(';')), t.indexOf(" / ") < 0 ? -1 : t.lastIndexOf(" / ") + 1);
        String tail = comma >= 0 && comma < t.length() - 1 ? t.substring(comma + 1) : t;
        return tail.length() > LABEL_CHARS ? tail.substring(tail.length() - LABEL_CHARS) : tail;
    }

    /** What is left of a stamp line is a writer's name and a comma: "Amr Kandil ," of "Amr Kandil , Tuesday 2 Dec 2025". */
    private static boolean writerBefore(String rest) {
        int comma = rest.indexOf(',');
        if (comma < 0 || !isMetaOnly(rest.substring(comma + 1))) {
            return false; // (after the comma only the day's words: "Tuesday")
        }
        String name = rest.substring(0, comma).strip();
        return name.split("\\s+").length >= 2 && !DateLineWords.META_WORDS.matcher(name).find() && PersonNames.isName(name) && !Places.isPlace(name);
    }

    private static boolean isMetaOnly(String rest) {
        String lower = CLOCK.matcher(rest.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String stripped = NON_WORD.matcher(DateLineWords.META_WORDS.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
        return stripped.isEmpty() || stripped.split(" ").length <= MAX_OTHER_WORDS;
    }
}
