package io.newsflow.producer.parse.text;

import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire-service datelines that open a story: {@code LISBON (Reuters) -},
 * {@code WASHINGTON, Oct. 7 (AP) —}, {@code PARIS (AFP) –}, and a press-release wire's
 * {@code STOCKHOLM, Oct. 9, 2024 /PRNewswire/ --}, EFE's {@code Madrid, 7 oct (EFE).-} and Reuters'
 * {@code March 20 (Reuters) -}. The agency in
 * brackets or slashes is a source.
 */
public final class Datelines {
    private static final Pattern DATELINE = UnicodeRegex.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'’/-]{1,40}?)(?:,\\s*[^()]{1,40}?)?\\s*\\(([^()]{2,40})\\)\\s*(?:[-–—]+\\s*|$)");
    private static final Pattern PRESS_WIRE = UnicodeRegex.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}?),\\s*[^/]{1,60}?\\s*/(\\p{L}[\\p{L} -]{1,30})/\\s*[-–—]+\\s*");
    /**
     * "Madrid, 7 oct (EFE).-", "Lisboa, 05 dez 2024 (Lusa) -": a town in natural case, a day and
     * month (and a year), the agency, then ".-" or a dash.
     */
    private static final Pattern DATED = UnicodeRegex.compile(
            "^(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?),\\s*\\d{1,2}\\s+\\p{L}{3,10}\\.?(?:\\s+\\d{4})?\\s*\\(([^()]{2,40})\\)\\s*\\.?\\s*[-–—]+\\s*");
    /**
     * "Taipei, Dec. 2 (CNA) Taiwan's ...": a town, a month and day, and an agency, with no dash before the text, or with
     * one ("Damascus, Dec. 5 (SANA) - The ...").
     */
    private static final Pattern UNDASHED = UnicodeRegex.compile(
            "^(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?),\\s*(?:\\p{L}{3,10}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,10}\\.?)\\s*\\(([^()]{2,40})\\)"
            + "(?:\\s*[-–—]+\\s*|\\s+(?=\\p{Lu}))");
    /** "Hanoi (VNA) -": a town in natural case, a listed agency, a dash. */
    private static final Pattern TOWN_AGENCY = UnicodeRegex.compile(
            "^(\\p{Lu}\\p{Ll}[\\p{L}\\p{M} .'’-]{1,30}?)\\s*\\(([^()]{2,20})\\)\\s*[-–—]+\\s+");
    /** "March 20 (Reuters) -", "20 March (Reuters) -": a wire's dateline with a date and no place. */
    private static final Pattern DATE_ONLY = UnicodeRegex.compile(
            "^(\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?)\\s*\\(([^()]{2,40})\\)\\s*[-–—]+\\s*");
    /** "Oct. 7" or "7 oct": a month word and a day, either way round. */
    private static final Pattern DAY_MONTH = UnicodeRegex.compile("(?u)\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(\\p{L}{3,10})\\b");
    /** The wires' names as their own datelines spell them, glued. */
    private static final Map<String, String> WIRE_NAMES = Map.of("PRNewswire", "PR Newswire",
            "PRNewswire-FirstCall", "PR Newswire", "PRNewswire-HISPANIC PR WIRE", "PR Newswire",
            "EINPresswire", "EIN Presswire", "CNW", "Canada Newswire", "EUROPA PRESS", "Europa Press",
            "GLOBE NEWSWIRE", "GlobeNewswire", "BUSINESS WIRE", "Business Wire");

    private Datelines() {
    }

    /** The agency named by a dateline at the start of the paragraph, if any. */
    public static Optional<String> agency(String paragraph) {
        Matcher m = matcher(paragraph);
        if (m == null) {
            return Optional.empty();
        }
        String agency = m.group(2).strip();
        if (m.pattern() == TOWN_AGENCY) { // "Emden (dpa/lni) -": the agency, without its regional service
            agency = SignatureDetector.agencyCredit(agency).orElse(agency);
        }
        return Optional.of(WIRE_NAMES.getOrDefault(agency, agency));
    }

    /** The day and month a dateline names ("Madrid, 7 oct (EFE).-", "WASHINGTON, Oct. 7 (AP) —"), if any. */
    public static Optional<MonthDay> dayAndMonth(String paragraph) {
        Matcher m = matcher(paragraph);
        return m == null ? Optional.empty() : monthDay(m.group());
    }

    private static Optional<MonthDay> monthDay(String dateline) {
        Matcher day = DAY_MONTH.matcher(dateline);
        while (day.find()) {
            String monthWord = day.group(1) != null ? day.group(1) : day.group(4);
            String dayNumber = day.group(1) != null ? day.group(2) : day.group(3);
            int month = MonthNames.month(monthWord);
            int dayOfMonth = Integer.parseInt(dayNumber);
            if (month > 0 && dayOfMonth >= 1 && dayOfMonth <= 31) {
                try {
                    return Optional.of(MonthDay.of(month, dayOfMonth));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty(); // "31 feb": no day
                }
            }
        }
        return Optional.empty();
    }

    /** The paragraph's opening dateline as written, or "". */
    public static String dateline(String paragraph) {
        Matcher m = matcher(paragraph);
        return m == null ? "" : m.group().strip();
    }

    /** The paragraph without its opening dateline. */
    public static String strip(String paragraph) {
        Matcher m = matcher(paragraph);
        return m == null ? paragraph : paragraph.substring(m.end());
    }

    /** "Cd. de México (05 diciembre 2026).-": a town and a date in brackets, alone on a line over the text (Reforma's). */
    private static final Pattern PLACE_AND_DATE = UnicodeRegex.compile("^\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?\\s*\\(([^()]{6,40})\\)\\s*\\.?\\s*[-–—]*\\s*$");

    /** The date of a dateline that holds a town and a date alone on its line ("Cd. de México (05 diciembre 2026).-"). */
    public static Optional<DateExtractor.FoundDate> datedAlone(String paragraph) {
        Matcher m = PLACE_AND_DATE.matcher(paragraph.strip());
        return m.matches() ? DateExtractor.find(m.group(1)) : Optional.empty();
    }

    /** "KATHMANDU, DECEMBER 5", "Chandigarh, December 4": a town and a day without its year, alone on a line over the text. */
    private static final Pattern PLACE_AND_DAY = UnicodeRegex.compile(
            "^\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?,\\s*(?:\\p{L}{3,10}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,10}\\.?)$");

    /** Whether the paragraph is a dateline and nothing else ("MADRID, 14 (EUROPA PRESS)", "KATHMANDU, DECEMBER 5" on its own line). */
    public static boolean standsAlone(String paragraph) {
        Matcher m = matcher(paragraph);
        return m != null && paragraph.substring(m.end()).isBlank()
                || placeAndDay(paragraph.strip());
    }

    /** A town and a month and day ({@link #PLACE_AND_DAY}): its month word a month's. */
    private static boolean placeAndDay(String line) {
        return PLACE_AND_DAY.matcher(line).matches() && monthDay(line).isPresent();
    }

    private static Matcher matcher(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (m.find()) {
            return m;
        }
        m = PRESS_WIRE.matcher(paragraph);
        if (m.find()) {
            return m;
        }
        m = DATED.matcher(paragraph);
        if (m.find()) {
            return m;
        }
        m = UNDASHED.matcher(paragraph); // (only a listed agency's: no dash tells the credit from a bracket in the text)
        if (m.find() && SignatureDetector.agencyCredit(m.group(2)).isPresent() && monthDay(m.group()).isPresent()) {
            return m;
        }
        m = TOWN_AGENCY.matcher(paragraph); // (only a listed agency's: "Apple (AAPL) - shares ..." is no dateline)
        if (m.find() && SignatureDetector.agencyCredit(m.group(2)).isPresent()) {
            return m;
        }
        m = BARE_CREDIT.matcher(paragraph); // "(Dân trí) - Giá vàng ...", "(CNN) — ...": the outlet's own credit, no town
        if (m.find() && !LABELS.matcher(m.group(2)).matches()) {
            return m;
        }
        return dateOnly(paragraph);
    }

    /** A name of one to three words alone in brackets opening the paragraph, then a dash: an outlet's credit. */
    private static final Pattern BARE_CREDIT = UnicodeRegex.compile(
            "^()\\((\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?: [\\p{L}\\p{M}.'’&-]+){0,2})\\)\\s*[-–—]+\\s+(?=\\p{Lu}|\\d)");
    /** A piece's label in brackets, no credit: "(Video) - ...", "(Updated) - ...". */
    private static final Pattern LABELS = Pattern.compile("(?i)video|photos?|updated?|live|watch|listen|audio|opinion|editorial"
            + "|analysis|exclusive|breaking|sponsored|advertisement|graphic|map|file");

    /** A date-only dateline whose word is a month ("March 20", not "Version 2 (beta) -"). */
    private static Matcher dateOnly(String paragraph) {
        Matcher m = DATE_ONLY.matcher(paragraph);
        return m.find() && MonthNames.month(m.group(1).replaceAll("[\\d.\\s]", "")) > 0 ? m : null;
    }
}
