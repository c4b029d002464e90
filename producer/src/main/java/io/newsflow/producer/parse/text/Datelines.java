package io.newsflow.producer.parse.text;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire-service datelines that open a story: {@code LISBON (Reuters) -},
 * {@code WASHINGTON, Oct. 7 (AP) —}, {@code PARIS (AFP) –}, and a press-release wire's
 * {@code STOCKHOLM, Oct. 9, 2024 /PRNewswire/ --}, and EFE's {@code Madrid, 7 oct (EFE).-}. The agency in
 * brackets or slashes is a source.
 */
public final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'’/-]{1,40}?)(?:,\\s*[^()]{1,40}?)?\\s*\\(([^()]{2,40})\\)\\s*[-–—]+\\s*");
    private static final Pattern PRESS_WIRE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}?),\\s*[^/]{1,60}?\\s*/(\\p{L}[\\p{L} -]{1,30})/\\s*[-–—]+\\s*");
    /** "Madrid, 7 oct (EFE).-": a town in natural case, a day and month, the agency, then ".-" or a dash. */
    private static final Pattern DATED = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?),\\s*\\d{1,2}\\s+\\p{L}{3,10}\\.?\\s*\\(([^()]{2,40})\\)\\s*\\.?\\s*[-–—]+\\s*");
    /** The wires' names as their own datelines spell them, glued. */
    private static final Map<String, String> WIRE_NAMES = Map.of("PRNewswire", "PR Newswire",
            "PRNewswire-FirstCall", "PR Newswire", "PRNewswire-HISPANIC PR WIRE", "PR Newswire",
            "EINPresswire", "EIN Presswire", "CNW", "Canada Newswire");

    private Datelines() {
    }

    /** The agency named by a dateline at the start of the paragraph, if any. */
    public static Optional<String> agency(String paragraph) {
        Matcher m = matcher(paragraph);
        if (m == null) {
            return Optional.empty();
        }
        String agency = m.group(2).strip();
        return Optional.of(WIRE_NAMES.getOrDefault(agency, agency));
    }

    /** The paragraph without its opening dateline. */
    public static String strip(String paragraph) {
        Matcher m = matcher(paragraph);
        return m == null ? paragraph : paragraph.substring(m.end());
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
        return m.find() ? m : null;
    }
}
