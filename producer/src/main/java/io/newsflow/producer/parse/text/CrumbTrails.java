package io.newsflow.producer.parse.text;

import io.newsflow.producer.parse.ArticleDraft;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of a site's trail of crumbs written one a line above the headline, for {@link AboveHeadline}:
 * the trail's first crumb ("Ireland" / "Irish News"), a news root over it ("News" / "Ireland"), and one
 * section label alone under the site's name ("Israel & the Region"). Each ends right over a headline of
 * four words or more.
 */
final class CrumbTrails {

    private CrumbTrails() {
    }

    /**
     * "जनवाणी" / "होम" / "राजनीति": a short name, the trail's home root right under it, then a crumb: only a site's name
     * stands over its own trail's root, however its script writes names (line {@code below} is the crumb after the root).
     */
    static boolean nameOverHomeRoot(PageLines lines, int i, int below) {
        return below == i + 2 && BreadcrumbDetector.isHomeRoot(lines.get(i + 1)) && BlockMastheads.shortName(lines.get(i))
                && !BlockMastheads.kickerWord(lines.get(i).strip()) && (loneCrumb(lines, below) || firstCrumb(lines, below));
    }

    /**
     * Line i opens the page, a name alone in its block, and the next block is the story's trail alone, a headline of four
     * words or more after it ("Harbor Lights" / "News > Business" / the headline): the site's name over its trail, though
     * no outlet's word says so.
     */
    static boolean nameOverTrailBlock(PageLines lines, int i) {
        String line = lines.get(i).strip();
        if (!lines.pageOpensAt(i) || i + 2 >= lines.size() || lines.sameBlock(i, i + 1) || lines.sameBlock(i + 1, i + 2)
                || !Outlets.looksLikeOutlet(line) || BreadcrumbDetector.isNewsRoot(line) || SectionNames.isSection(line) || Places.isPlace(line)) {
            return false;
        }
        return BreadcrumbDetector.detect(lines.get(i + 1)).isPresent() && Headlines.isTitleLike(lines.get(i + 2))
                && Headlines.words(lines.get(i + 2)) >= MIN_HEADLINE_WORDS_UNDER_TRAIL;
    }

    private static final int MIN_HEADLINE_WORDS_UNDER_TRAIL = 4;

    /** Line i is a crumb alone at the end of its block, right over a headline of four words or more. */
    static boolean loneCrumb(PageLines lines, int i) {
        return crumbLabel(lines.get(i).strip()) && !(i + 1 < lines.size() && lines.sameBlock(i, i + 1)) && NextHeadline.after(lines, i);
    }

    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+"); // (between a trail's crumbs, as a menu's bar has them too)
    /** A headline has more words than a menu's item: "Home | Hyderabad | Hyderabad Metro Rail to add 10 new trains". */
    private static final int MIN_HEADLINE_WORDS = 6;

    /** "Home | Hyderabad | <the headline>", "Home  |  News": a trail parted by bars, told from a menu by its root and a headline or one crumb. */
    static Optional<String[]> barred(String text) {
        String[] crumbs = BAR.split(text);
        return BreadcrumbDetector.isHomeRoot(crumbs[0]) && (crumbs.length >= 3 && crumbs[crumbs.length - 1].split("\\s+").length >= MIN_HEADLINE_WORDS
                || crumbs.length == 2 && crumbLabel(crumbs[1])) ? Optional.of(crumbs) : Optional.empty();
    }

    /** The paper's print edition's link under its name ("The Tribune" / "Subscribe" / "E-Paper"), no crumb. */
    private static final Set<String> EDITIONS = Set.of("e-paper", "epaper", "e-edition", "print edition", "digital edition", "today's paper");

    /** A crumb's shape (a news root too), and no name with an outlet's word unless a listed section or a place's ("Goa News"). */
    private static boolean crumbLabel(String line) {
        return KickerDetector.isCrumb(line) && !EDITIONS.contains(line.toLowerCase(Locale.ROOT))
                && !(Outlets.hasOutletWord(line) && !SectionNames.isSection(line) && !OpeningMastheads.placesNews(line.strip()));
    }

    /** "Nieuws" alone over the headline, under the site's name: the news root, with no crumb under it. */
    static boolean loneNewsRoot(PageLines lines, int i) {
        return BreadcrumbDetector.isNewsRoot(lines.get(i).strip()) && !(i + 1 < lines.size() && lines.sameBlock(i, i + 1))
                && NextHeadline.after(lines, i);
    }

    /** "News" / "Ireland": a news root over the trail's first crumb or its only one, under the site's name. */
    static boolean newsRootOverTrail(PageLines lines, int i) {
        return BreadcrumbDetector.isNewsRoot(lines.get(i).strip()) && i + 1 < lines.size() && lines.sameBlock(i, i + 1)
                && (firstCrumb(lines, i + 1) || loneCrumb(lines, i + 1) // "News" / "Local News" / the headline
                    || sentenceCaseCrumb(lines, i + 1)); // "Мэдээ" / "Эдийн засаг": a section in sentence case
    }

    /** Two or three words in sentence case, alone at the block's end, over the headline: a section written so. */
    static boolean sentenceCaseCrumb(PageLines lines, int i) {
        return NameCase.isSentenceCasePhrase(lines.get(i)) && !(i + 1 < lines.size() && lines.sameBlock(i, i + 1))
                && NextHeadline.after(lines, i);
    }

    /**
     * Line i opens a block of two or three crumbs, one a line, right over a headline of four words
     * or more; not a news root (the kicker rules read "News" / "Politics") nor a masthead's shape
     * ("The Local", a name with an outlet's word that is no listed section: "Local News" is one).
     */
    static boolean firstCrumb(PageLines lines, int i) {
        String line = lines.get(i).strip();
        if (!crumbLabel(line) || BreadcrumbDetector.isNewsRoot(line) || line.startsWith("The ") || i + 1 >= lines.size()
                || !lines.sameBlock(i, i + 1)) {
            return false;
        }
        int last = i;
        while (last + 1 < lines.size() && lines.sameBlock(last, last + 1)) {
            String next = lines.get(++last).strip();
            // (no outlet's name inside a trail: "Focus Taiwan" / "CNA English News" / "Politics"; at its end a section may
            // have an outlet's word: "Ireland" / "Irish News")
            boolean inside = last + 1 < lines.size() && lines.sameBlock(last, last + 1);
            if (!KickerDetector.isCrumb(next) || last - i >= 3 || inside && Outlets.hasOutletWord(next)
                    && !SectionNames.isSection(next) && !BreadcrumbDetector.isNewsRoot(next)) {
                return false;
            }
        }
        return NextHeadline.after(lines, last);
    }

    /** Line i, a lone crumb over the headline, stands under the site's name the draft took ("EL PAÍS" / "Madrid"). */
    static boolean sectionUnderMasthead(PageLines lines, int i, ArticleDraft draft) {
        return underMasthead(lines, i, draft) && loneCrumb(lines, i);
    }

    /**
     * "Lisboa Aposta no Hidrogénio Verde ..." over "Início / Economia / Lisboa Aposta no Hidrogénio Verde ...": the
     * trail under the line ends with it, so the line is the headline, whatever shares its block.
     */
    static boolean headlineOverTrail(PageLines lines, int i) {
        String line = lines.get(i).strip();
        String below = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
        return below.length() > line.length() + 3 && below.endsWith(line) && BreadcrumbDetector.detect(below).isPresent();
    }

    /**
     * "Santo Domingo › Monorriel de Santiago inicia pruebas" over "Monorriel de Santiago inicia pruebas": a trail without
     * its home crumb, ending with the headline under it, read as a trail from the home page (its first crumb the
     * section); else empty.
     */
    static Optional<Breadcrumb> endingWithHeadline(PageLines lines, int i) {
        String line = lines.get(i).strip();
        int next = lines.nextNonJunk(i + 1);
        String headline = next < lines.size() ? lines.get(next).strip() : "";
        return NextHeadline.isLongEnough(headline) && line.length() > headline.length() + 3 && line.endsWith(headline)
                ? BreadcrumbDetector.detect("Home › " + line) : Optional.empty();
    }

    /**
     * Line i is a section under the site's name ({@link #sectionUnderMasthead}) or a crumb right under the kicker line
     * read before it ("RTÉ News" / "News" / "Ireland"), though it shares a block with a skip link: no tagline.
     */
    static boolean sectionUnderHeader(PageLines lines, int i, ArticleDraft draft, int kickerLine) {
        return sectionUnderMasthead(lines, i, draft) || kickerLine == i - 1 && KickerDetector.isCrumb(lines.get(i));
    }

    /**
     * The line before line i in its block, past junk, is the site's name the draft took as its source (shouted there:
     * "EL PAÍS").
     */
    static boolean underMasthead(PageLines lines, int i, ArticleDraft draft) {
        for (int above = i - 1; above >= 0 && draft.source != null && lines.sameBlock(above, i); above--) {
            if (lines.get(above).strip().equalsIgnoreCase(draft.source)) {
                return true; // (the name written out under its logo, furniture itself: "TNM" / "The News Minute" / menu)
            }
            if (!lines.isJunk(above)) {
                return false; // ("DER SPIEGEL" / "Menü" / "Wirtschaft": only buttons between the name and its section)
            }
        }
        return false;
    }

    /**
     * A listed section over a topic's kicker closed by a colon and the headline, all in one block:
     * "Wirtschaft" / "Deutsche Bahn:" / "Bahn will bis 2030 ...". The kicker is read as such on its own line.
     */
    static boolean sectionOverTopicKicker(PageLines lines, int i) {
        if (i + 2 >= lines.size() || !lines.sameBlock(i, i + 1) || !lines.sameBlock(i + 1, i + 2)
                || !SectionNames.isSection(lines.get(i))) {
            return false;
        }
        String kicker = lines.get(i + 1).strip();
        return kicker.endsWith(":") && kicker.split("\\s+").length <= 4 && Headlines.isTitleLike(lines.get(i + 2));
    }

    /**
     * The page's trail again at its foot, its crumbs run together before the headline ("News India Delhi air quality
     * improves ...", News18's), or the headline alone; quotation marks around it left out.
     */
    static boolean echoesTitle(String line, String title) {
        String text = EDGE_QUOTES.matcher(line.strip()).replaceAll("");
        String headline = title.strip();
        return text.equals(headline) || text.endsWith(" " + headline)
                && FOOT_TRAIL.matcher(text.substring(0, text.length() - headline.length())).matches();
    }

    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”'‘’«»]+|[\"“”'‘’«»]+$");
    /** One to three crumbs, each a capitalised word. */
    private static final Pattern FOOT_TRAIL = UnicodeRegex.compile("(?:\\p{Lu}[\\p{L}-]{1,20}\\s+){1,3}");
}
