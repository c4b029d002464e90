package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

/**
 * Recognises the short label line some pages print above the headline. Only meaningful before the
 * title: a type word alone ({@code OPINION}, {@code Analysis}), a common section name
 * ({@code Business}, {@code Wirtschaft}), a short all-capitals label ({@code WORLD NEWS}), or two or three short segments joined by {@code |}, {@code ·} or {@code •}
 * where the first is the section and a later one may be the outlet ({@code Analysis | TechLedger}).
 */
public final class KickerDetector {
    private static final int MAX_CHARS = 60;
    private static final int MAX_SEGMENT_WORDS = 4;
    private static final int MIN_HEADLINE_WORDS = 4;
    /** One or two capitalised words, or two joined by "and" ("Climate and Environment"), perhaps a qualifier in brackets; or two pairs joined by "&". */
    private static final Pattern SHORT_LABEL = Pattern.compile("\\p{Lu}(?:[\\p{L}&-]|\\.(?=\\p{L}))+(?:\\s(?:and\\s|&\\s|und\\s|et\\s|y\\s)?"
            + "\\p{Lu}(?:[\\p{L}&-]|\\.(?=\\p{L}))+)?" // (a dot inside a word: "Stadt St.Gallen")
            + "(?:\\s\\(\\p{Lu}[\\p{L}-]+\\))?" // a town told apart by its river or region: "Halle (Saale)", "Frankfurt (Oder)"
            + "|\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s&\\s\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?"); // ("Hospital Management & Administration")

    private KickerDetector() {
    }

    /**
     * The kicker when the line is one, given the headline after it: besides the labels
     * {@link #detect(String)} knows, one or two capitalised words over a headline of four words or
     * more ({@code Semiconductors} over {@code Chipmaker Veltrix to build ...}). A headline of one or
     * two words over a longer, unpunctuated standfirst is far rarer than a section label.
     */
    public static Optional<Kicker> detect(String line, String headline) {
        return detect(line, headline, null);
    }

    /**
     * The kicker as {@link #detect(String, String)} reads it, under the label already read above it
     * ({@code root}, or null): under the site's news root ("News" / "Greater Manchester News"), a
     * short capitalised label is the section, whatever its words.
     */
    public static Optional<Kicker> detect(String line, String headline, String root) {
        Optional<Kicker> known = detect(line);
        if (known.isPresent()) {
            return known;
        }
        String text = line.strip().replaceAll("[:]$", "");
        int headlineWords = Headlines.words(headline); // (Chinese, Japanese and Thai count by their characters)
        if (headlineWords < MIN_HEADLINE_WORDS || text.length() > MAX_CHARS) {
            return Optional.empty(); // (no label is longer, and the patterns recurse per character: a long line overflows the stack)
        }
        if (SHORT_LABEL.matcher(text).matches() || sectionWithAdjective(text)
                || BreadcrumbDetector.isNewsRoot(root) && UNDER_ROOT.matcher(text).matches()) {
            return Optional.of(new Kicker(text, ArticleType.UNKNOWN, null));
        }
        return Optional.empty();
    }

    /** A short quote alone on its line: «Wir haben keine andere Wahl», „Das ist ein Skandal“. */
    private static final Pattern QUOTE_ALONE = Pattern.compile("[«„“\"][^«»„“”\"]{3,80}[»“”\"]");
    private static final int MAX_QUOTE_KICKER_WORDS = 12;

    /**
     * A short quote alone on its line right over the headline, in its block ("«Wir haben keine andere Wahl»" / "SBB
     * sperren Zürcher Hauptbahnhof ..."): a tabloid's kicker, not the headline.
     */
    static boolean quoteOverHeadline(PageLines lines, int i) {
        String line = lines.get(i).strip();
        return i + 1 < lines.size() && lines.sameBlock(i, i + 1) && QUOTE_ALONE.matcher(line).matches()
                && line.split("\\s+").length <= MAX_QUOTE_KICKER_WORDS && Headlines.isTitleLike(lines.get(i + 1))
                && !QUOTE_ALONE.matcher(lines.get(i + 1).strip()).matches();
    }

    /** Whether the line is a short capitalised label, as a trail's crumb is ("Transportation"). */
    static boolean isCrumb(String line) {
        return UNDER_ROOT.matcher(line.strip()).matches();
    }

    /** Up to four capitalised words (a connector between them, "the" after it): a section's label under the news root. */
    private static final Pattern UNDER_ROOT = Pattern.compile("\\p{Lu}[\\p{L}&'’-]+(?:\\s(?:and\\s|&\\s|of\\s)?(?:the\\s)?\\p{Lu}[\\p{L}&'’-]+){0,3}"
            + "|" + Outlets.CASELESS_WORDS); // (or up to three words of a script without case: "देश", "경제")

    /** A Romance adjective's ending: "provinciale", "internacional", "étrangère", "económica". */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}{2,}(?:al|ale|ales|aux|ique|iques|ien|ienne|ico|ica|ici|iche|"
            + "ano|ana|ani|ane|ais|aise|ois|oise|ère|el|elle|ense|ensi)");

    /**
     * "Politique provinciale", "Economía internacional": a listed section and one lower-case
     * adjective (by its ending: "Ports reopen" is a headline's start, not a section).
     */
    private static boolean sectionWithAdjective(String text) {
        String[] words = text.split("\\s+");
        return words.length == 2 && ADJECTIVE.matcher(words[1]).matches() && SectionNames.isSection(words[0]);
    }

    /** Badges a site puts beside a section's label. */
    private static final Set<String> BADGES = Set.of("new", "live", "updated", "exclusive", "premium",
            "free", "sponsored", "watch", "listen", "video", "audio", "photos");

    /** "Analysis — GridWatch": a label and what follows it parted by a spaced dash instead of a bar. */
    private static final Pattern DASHED_LABEL = Pattern.compile("(\\p{Lu}[\\p{L}&' ]{1,30}?)\\s+[—–]\\s+(\\S.{1,40})");

    /** The kicker when the line is one. */
    public static Optional<Kicker> detect(String line) {
        String text = line.strip().replaceAll("[:]$", "");
        if (text.isEmpty() || text.length() > MAX_CHARS || text.matches(".*[.!?,;]$")) {
            return Optional.empty();
        }
        Matcher dashed = DASHED_LABEL.matcher(text);
        if (dashed.matches() && (ArticleTypes.fromLabel(dashed.group(1)) != ArticleType.UNKNOWN || SectionNames.isSection(dashed.group(1)))) {
            text = dashed.group(1) + " | " + dashed.group(2); // read as "Analysis | GridWatch"
        }
        String[] segments = text.split("\\s*[|·•]\\s*");
        if (segments.length == 0 || segments.length > 3) { // (a bar or a bullet alone splits into nothing)
            return Optional.empty();
        }
        for (String s : segments) {
            if (s.isBlank() || s.split("\\s+").length > MAX_SEGMENT_WORDS) {
                return Optional.empty();
            }
        }
        if (segments.length == 1) {
            if (BreadcrumbDetector.isNewsRoot(text)) { // "Nieuws" over "Eindhoven": the site's news root
                return Optional.of(new Kicker(ArticleTypes.sectionCase(text), ArticleType.NEWS, null));
            }
            ArticleType type = ArticleTypes.fromLabel(text);
            boolean allCaps = NameCase.isShouted(text) && text.split("\\s+").length <= 3;
            if (type == ArticleType.UNKNOWN && !allCaps && !SectionNames.isSection(text)) {
                return Optional.empty();
            }
            return Optional.of(new Kicker(ArticleTypes.sectionCase(text), type, null));
        }
        if (segments[0].strip().contains(" ") && PersonNames.isName(segments[0].strip()) && !SectionNames.isSection(segments[0])
                && Arrays.stream(segments).skip(1).noneMatch(SectionNames::isSection)) {
            return Optional.empty(); // "Joan Ramírez | Barcelona": a writer and a city, a byline's shape (not "ASEAN Beat | Economy")
        }
        String section = null;
        String source = null;
        // "News | Politics": the section under the site's news root
        boolean newsRoot = BreadcrumbDetector.isNewsRoot(segments[0]);
        ArticleType type = newsRoot ? ArticleType.NEWS : ArticleType.UNKNOWN;
        for (String s : newsRoot ? Arrays.copyOfRange(segments, 1, segments.length) : segments) {
            if (BADGES.contains(s.strip().toLowerCase(Locale.ROOT))) {
                continue; // "Canada·New": a badge beside the section names nothing
            }
            ArticleType t = ArticleTypes.fromLabel(s);
            if (t != ArticleType.UNKNOWN && type == ArticleType.UNKNOWN) {
                type = t;
            }
            boolean named = SectionNames.isSection(s);
            // after the outlet ("EFE | Buenos Aires") a segment is a dateline's place unless it names a section
            boolean sectionLike = source == null || t != ArticleType.UNKNOWN || named;
            if (section == null && sectionLike
                    && (t != ArticleType.UNKNOWN || !Outlets.hasOutletWord(s) || named)) { // "Local News"
                section = ArticleTypes.sectionCase(s);
            } else if (source == null && !named && t == ArticleType.UNKNOWN && Outlets.looksLikeOutlet(s) // "Opinion | Guest Essay"
                    && (segments.length < 3 || Outlets.hasOutletWord(s)) && !subsection(segments[0], s)
                    && !Places.isPlace(s)) {
                // "Bretagne | Finistère | Brest": three short segments are a trail, whose later ones are no outlet;
                // "Markets | Economy": a section's subsection is no outlet either, nor a place ("Chronik | Wien")
                source = s.strip();
            }
        }
        return Optional.of(new Kicker(section, type, source));
    }

    /** "Société | Transports": after a listed section, a word that names no outlet or agency is its subsection. */
    private static boolean subsection(String first, String segment) {
        return SectionNames.isSection(first) && !Outlets.hasOutletWord(segment) && SignatureDetector.agencyCredit(segment).isEmpty()
                && !Outlets.isDomain(segment);
    }
}
