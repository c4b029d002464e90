package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

/**
 * A masthead that stands in a block of its own over the header's next block, for {@link AboveHeadline}:
 * "Corriere della Sera" / "Economia", "EL PAÍS" / "Economía", "Frankfurter Allgemeine" / "Wirtschaft"
 * "Unternehmen", or "The Columbian" over account buttons only. The shape of the name (an article or a
 * lower-case connector in it, or the page's first line) tells it from a crumb, which needs no block of
 * its own.
 */
final class BlockMastheads {

    /** A name opened by an article, as mastheads are and crumbs are not: "La Vanguardia", "Il Sole 24 ORE", "O Globo". */
    private static final Pattern ARTICLE_LED = Pattern.compile("(?:The|La|Le|Les|El|Il|Lo|Los|Las|Der|Die|Das|De|Het|O|Os)"
            + "\\s+\\p{Lu}[\\p{L}\\p{M}\\d.&'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\p{M}\\d.&'’-]*){0,3}");

    /** A name with a lower-case connector, as mastheads are: "Corriere della Sera", "Folha de S.Paulo", "Times of India". */
    private static final Pattern CONNECTED_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)?"
            + "\\s+(?:della|dello|del|de|do|da|di|des|du|of|van|von)\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)?");

    private BlockMastheads() {
    }

    /** A name of up to four words, the first capitalised: "Jutarnji list", "Večernji list"; a brand's exclamation: "Ya!". */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\d.'’-]*(?:\\s+[\\p{L}\\p{M}\\d.'’-]+){0,3}!?");

    /**
     * The page's first line, a short name, right over a trail written on one line from its home root or its news root
     * ("SpaceQ" / "Home › News › <the headline>", "Telegrafi" / "Lajme > Ekonomi"): the site's name.
     */
    static boolean nameOverHomeTrail(PageLines lines, int i, int below) {
        String trail = below < lines.size() ? lines.get(below).strip() : ""; // (no line under the last: no trail)
        String root = TRAIL_STEP.split(trail)[0];
        return lines.pageOpensAt(i) && below == i + 1 && shortName(lines.get(i)) && !kickerWord(lines.get(i).strip())
                && BreadcrumbDetector.detect(trail).isPresent() && (BreadcrumbDetector.isHomeRoot(root) || BreadcrumbDetector.isNewsRoot(root));
    }

    /** Between a one-line trail's crumbs. */
    private static final Pattern TRAIL_STEP = Pattern.compile("\\s+[›>»/|]\\s+");

    /** A short name, no listed section's, place's or news root's, as a site's name may be, in any case after its first word. */
    static boolean shortName(String line) {
        String t = line.strip();
        return (SHORT_NAME.matcher(t).matches() || uncased(t))
                && !SectionNames.isSection(t) && !Places.isPlace(t) && !BreadcrumbDetector.isNewsRoot(t);
    }

    private static final Pattern LOWER_BRAND = Pattern.compile("\\p{Ll}{3,12}");

    /** A name no capital marks: words of a script without case ("연합뉴스") or a brand in lower case ("ynet"). */
    private static boolean uncased(String name) {
        return Outlets.isCaseless(name) || LOWER_BRAND.matcher(name).matches();
    }

    /** One word (a hyphen may join two) that may name a site: no place's, type's or news root's. */
    static boolean oneWordName(String line) {
        return !line.contains(" ") && !Places.isPlace(line) && Outlets.looksLikeOutlet(line) && !BreadcrumbDetector.isNewsRoot(line)
                && ArticleTypes.fromLabel(line) == ArticleType.UNKNOWN;
    }

    /**
     * "Delfi" / "Verslas", "RÚV" / "Innlent": the page's first line, a one-word name (no listed section's, kicker's or
     * place's), over one crumb alone in its block right over the headline. A site's name stands first on its page; a
     * crumb over a crumb would be a listed section or a place over its topic ("Politics" / "Brexit", "Scotland" / "Politics").
     */
    static boolean firstOverCrumb(PageLines lines, int i) {
        String line = lines.get(i).strip();
        // (the first line past junk, but no crumb under a trail's junk root: "Startseite" / "Region" / "Lokales")
        // (in a script without case, "연합뉴스" / "경제", "दैनिक भास्कर" / "देश", the page's order alone tells them apart)
        boolean caseless = uncased(line);
        return lines.nextNonJunk(0) == i && !(i > 0 && BreadcrumbDetector.isHomeRoot(lines.get(i - 1)))
                && (oneWordName(line) || caseless) && !SectionNames.isSection(line)
                && (KickerDetector.detect(line).isEmpty() || acronym(line) || caseless) && !kickerWord(line)
                && i + 1 < lines.size() && lines.sameBlock(i, i + 1) && CrumbTrails.loneCrumb(lines, i + 1);
    }

    /** "La Vanguardia", "El País": a name opened by an article, as written. */
    static boolean articleLed(String line) {
        return ARTICLE_LED.matcher(line.strip()).matches();
    }

    /**
     * "Il Gazzettino" / "Venezia", "La Nuova Sardegna" / "Cagliari": an article-led name, no place's, over a place alone
     * in the block over the headline, a local edition's crumb.
     */
    static boolean articleLedOverPlace(PageLines lines, int i) {
        return articleLed(lines.get(i)) && !Places.isPlace(lines.get(i).strip()) && i + 1 < lines.size() && lines.sameBlock(i, i + 1)
                && Places.isPlace(lines.get(i + 1).strip()) && CrumbTrails.loneCrumb(lines, i + 1);
    }

    /** "The Conversation" alone in its block, an outlet's article-led name that the page names again below as its own. */
    static boolean namedAgainBelow(PageLines lines, int i) {
        String line = lines.get(i).strip();
        return articleLed(line) && Outlets.looksLikeOutlet(line) && !(i + 1 < lines.size() && lines.sameBlock(i, i + 1))
                && !(i > 0 && lines.sameBlock(i - 1, i)) && OutletMentions.namedBelow(lines, i + 1, line);
    }

    /** Line i is a masthead in a block of its own over a section, a trail or account buttons. */
    static boolean at(PageLines lines, int i) {
        return overSectionBlock(lines, i) || overAccountButtons(lines, i);
    }

    /** A shouted name shaped as mastheads are, as logos are written: "EL PAÍS", "LA REPUBBLICA", "THE NORTHERN ECHO". */
    static boolean shoutedMasthead(String line) {
        return NameCase.isShouted(line.strip()) && mastheadShape(line);
    }

    /** A name shaped as mastheads are ("La Vanguardia", "Corriere della Sera"; shouted ones in natural case: "EL PAÍS"). */
    private static boolean mastheadShape(String line) {
        String name = NameCase.outlet(line.strip());
        return (ARTICLE_LED.matcher(name).matches() || CONNECTED_NAME.matcher(name).matches()) && !Places.isPlace(name)
                && !SectionNames.isSection(name);
    }

    /**
     * "Corriere della Sera" / "Economia", "EL PAÍS" / "Economía": a masthead's shape alone in its block, over a listed
     * section alone in the next (or opening a trail of crumbs there, for the page's first line), right over the headline.
     */
    private static boolean overSectionBlock(PageLines lines, int i) {
        if (i + 2 >= lines.size() || lines.sameBlock(i, i + 1) || !SectionNames.isSection(lines.get(i + 1))) {
            return false;
        }
        int last = i + 1; // the section alone, or the first of a trail of crumbs ("Wirtschaft" / "Unternehmen")
        while (last + 1 < lines.size() && lines.sameBlock(last, last + 1) && last - i < 3 && KickerDetector.isCrumb(lines.get(last + 1))) {
            last++;
        }
        if (last + 1 >= lines.size() || lines.sameBlock(last, last + 1)
                || !(mastheadShape(lines.get(i)) || last > i + 1 && firstLineName(lines, i))) {
            return false;
        }
        int next = lines.nextNonJunk(last + 1);
        return next < lines.size() && Headlines.isTitleLike(lines.get(next));
    }

    /**
     * The page's first line, a name no place's and no section's, over a trail of crumbs in its own block:
     * "Frankfurter Allgemeine" / "Wirtschaft" "Unternehmen", "PÚBLICO" / "Sociedade" "Saúde". One word must be
     * shouted, as logos are: "Scotland" / "Politics" stays a trail.
     */
    private static boolean firstLineName(PageLines lines, int i) {
        String line = lines.get(i).strip();
        return i == 0 && Outlets.looksLikeOutlet(line) && !Places.isPlace(line) && !SectionNames.isSection(line)
                && !BreadcrumbDetector.isNewsRoot(line) && (line.contains(" ") || NameCase.isShouted(line) && line.length() > 3);
    }

    /** "The Columbian" / "Subscribe" / "Log in" / the headline: the page's first line, a masthead's shape, over account buttons. */
    private static boolean overAccountButtons(PageLines lines, int i) {
        int next = lines.nextNonJunk(i + 1);
        // a masthead's shape, or a name the page's footer names as its own ("Subscribe to Letters from an Engineer")
        if (i != 0 || next == i + 1 || next >= lines.size() || !Headlines.isTitleLike(lines.get(next))
                || !mastheadShape(lines.get(i)) && !OutletMentions.namedBelow(lines, next, lines.get(i).strip())) {
            return false;
        }
        for (int k = i + 1; k < next; k++) {
            if (!FurnitureWords.ACCOUNT_WORDS.contains(lines.get(k).strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page's first line, alone in its block, an outlet's name in natural case ("Baltic Wire"; not "Local News", a
     * section, nor "NEWS RELEASE", a label): a channel's name over its post.
     */
    static boolean channelName(PageLines lines, String line) {
        return (lines.size() < 2 || !lines.sameBlock(0, 1)) && !NameCase.isShouted(line.strip()) && Outlets.looksLikeOutlet(line)
                && Outlets.hasOutletWord(line) && !SectionNames.isSection(line) && !BreadcrumbDetector.isNewsRoot(line);
    }

    /** A masthead's acronym is short ("NZZ", "DR", "SVT"); the kickers written in capitals that short are these. */
    private static final int ACRONYM = 4;
    private static final java.util.Set<String> KICKER_WORDS = java.util.Set.of("LIVE", "NEW", "HOT", "TOP", "VIDEO", "FOTO", "AUDIO",
            "BREAKING", "EXCLUSIVE", "EXKLUSIV", "EXCLUSIF", "EXCLUSIVA", "DIRECTO", "DIRETTA", "DIREKT", "UPDATE", "WATCH");

    /** A word that labels a story in capitals over its headline ("LIVE", "EXCLUSIVE"), not a site's name. */
    static boolean kickerWord(String line) {
        return KICKER_WORDS.contains(line);
    }

    /**
     * Line i is an acronym of two to four capitals, no place's, type's, news root's or kicker's, over a listed section or a
     * place at line {@code below}: "NZZ" / "Schweiz".
     */
    static boolean acronymOver(PageLines lines, int i, int below) {
        String line = lines.get(i).strip();
        return acronym(line) && !Places.isPlace(line) && !BreadcrumbDetector.isNewsRoot(line) && ArticleTypes.fromLabel(line) == ArticleType.UNKNOWN
                && !KICKER_WORDS.contains(line) && (SectionNames.isSection(lines.get(below)) || Places.isPlace(lines.get(below)));
    }

    /** Two to four capitals: "NZZ", "RÚV". */
    private static boolean acronym(String line) {
        return line.length() >= 2 && line.length() <= ACRONYM && line.chars().allMatch(Character::isUpperCase);
    }
}
