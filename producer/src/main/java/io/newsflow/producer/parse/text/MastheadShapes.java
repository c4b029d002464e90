package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

/**
 * The shapes of a site's name over the headline that {@link AboveHeadline} reads as its masthead: a name over
 * the story's trail ("The Seattle Times" / "Local News" / "Transportation"), a one-word name over a listed
 * section ("Rappler" / "Nation"), a name alone in its block over the block of a section and the headline
 * ("NPR" / "Climate" / ...). Each tells the site's name from a kicker or a crumb by what stands under it.
 */
final class MastheadShapes {

    /** "The" and one to three capitalised words: the page's first line over its account links is the site's name. */
    private static final Pattern THE_NAME = Pattern.compile("The(?: \\p{Lu}[\\p{L}'’.-]+){1,3}");

    private MastheadShapes() {
    }

    /**
     * The page's first line over its menu bar ("Starnieuws" / "News | Politics | ..."), over its account links when it
     * is "The" and a name ("The New Yorker" / "Sign In | Subscribe") or only account links stand there ("Science News" /
     * "Menu  Subscribe  Search"), or over its tagline over its menu ("azcentral." / "part of the USA TODAY Network" /
     * "Local  Sports  Things to Do ...").
     */
    static boolean overMenuBar(PageLines lines, int i) {
        if (!lines.pageOpensAt(i) || i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1);
        return JunkLineDetector.isMenu(next) || (THE_NAME.matcher(lines.get(i).strip()).matches() || accountLinks(next)) && lines.isJunk(i + 1)
                || SiteTaglines.matches(next) && i + 2 < lines.size() && JunkLineDetector.isMenu(lines.get(i + 2));
    }

    /** Every item of the line, parted by bars, is an account's or a site's button ("Menu | Subscribe | Search"). */
    private static boolean accountLinks(String line) {
        return ColumnGaps.accountWords(ACCOUNT_BAR.split(line.strip()));
    }

    private static final Pattern ACCOUNT_BAR = Pattern.compile("\\s*[|·•]\\s*");

    /**
     * The page's first line a network's brand over its paper's name, both over the menu in one block: "SaltWire" / "The
     * Chronicle Herald" / "NEWS  SPORTS ...". The brand is one word that spells no initials of the paper's name, which
     * has an outlet's word; the paper is the masthead, the brand furniture.
     */
    static boolean networkOverPaper(PageLines lines, int i) {
        if (!lines.pageOpensAt(i) || i + 2 >= lines.size() || !lines.sameBlock(i, i + 2) || !JunkLineDetector.isMenu(lines.get(i + 2))) {
            return false;
        }
        String brand = lines.get(i).strip();
        String paper = lines.get(i + 1).strip();
        // (not a name over its tagline or its name written out: "ZimLive" / "Zimbabwe News", "Newsday" / "Trinidad and Tobago
        // Newsday", "myRepublica" / "Republica", a logo in capitals, "TATOLI" / "Agência Noticiosa de Timor-Leste")
        String brandLower = brand.toLowerCase(Locale.ROOT);
        String paperLast = paper.substring(paper.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return Outlets.looksLikeOutlet(brand) && !brand.contains(" ") && !brand.equals(brand.toUpperCase(Locale.ROOT))
                && paper.contains(" ") && Outlets.hasOutletWord(paper) && Outlets.looksLikeOutlet(paper) && !OutletInitials.spell(brand, paper)
                && !SectionNames.isSection(paper) && !paper.toLowerCase(Locale.ROOT).contains(brandLower) && !brandLower.contains(paperLast)
                && !OpeningMastheads.placesNews(paper) && !SiteTaglines.matches(paper);
    }

    /**
     * The page's title at its top, a name with no outlet word and a listed section parted by a bar ("Haaretz |
     * Israel News"): the name and the section, which a kicker's reading would take for the section and nothing; else
     * null. ("KXRT News 8 | Local News" names its outlet by its word, and the kicker reads it so.)
     */
    static String[] titledPage(PageLines lines, int i) {
        String[] parts = lines.get(i).strip().split("\\s+\\|\\s+");
        if (!lines.pageOpensAt(i) || parts.length != 2) {
            return null;
        }
        String name = parts[0];
        return SectionNames.isSection(parts[1]) && !SectionNames.isSection(name) && !Outlets.hasOutletWord(name)
                && Outlets.looksLikeOutlet(name) && !Places.isPlace(name) && !BreadcrumbDetector.isHomeRoot(name)
                && ArticleTypes.fromLabel(name) == ArticleType.UNKNOWN ? parts : null;
    }

    /**
     * A shouted name of one or two words, or one led by an article, alone in its block over a block that opens
     * with a listed section over the headline: the site's name ("NPR" / "Climate" / "Colorado River states miss ...",
     * "la Repubblica" / "Cronaca" / "Napoli, chiusa ..."), not a kicker.
     */
    static boolean nameOverSectionBlock(PageLines lines, int i, int next) {
        String line = lines.get(i).strip();
        boolean name = NameCase.isShouted(line) && line.split("\\s+").length <= 2
                || BlockMastheads.articleLed(line) && !Places.isPlace(line) && KickerDetector.detect(line).isEmpty(); // "la Repubblica"
        return name && next + 1 < lines.size()
                && !lines.sameBlock(i, next) // (the buttons beside it are junk: "NPR" / "Sections" / "Donate")
                && SectionNames.isSection(lines.get(next)) && lines.sameBlock(next, next + 1) && Headlines.isTitleLike(lines.get(next + 1));
    }

    /**
     * Line i, which is no listed section, is the site's name over its trail: a name with an outlet's word
     * or one over a listed section, over a trail of crumbs, a news root and its crumb, or one section label
     * alone; or a one-word name over a trail of two crumbs ({@link #oneWordOverTrail}).
     */
    static boolean mastheadOverTrail(PageLines lines, int i, int below) {
        String line = lines.get(i);
        // ("EL PAÍS" / "Madrid": a shouted masthead's shape over one crumb; "PÚBLICO" / "Sociedade": one shouted word,
        // no kicker's, over a listed section)
        // (an acronym too: "NZZ" / "Schweiz"; not a kicker's word: "EXCLUSIVE" / "Politics")
        boolean named = Outlets.hasOutletWord(line) || namedOverSection(lines, i) || BlockMastheads.shoutedMasthead(line)
                || NameCase.isShouted(line.strip()) && BlockMastheads.oneWordName(line.strip()) && SectionNames.isSection(lines.get(below))
                    && KickerDetector.detect(line).isEmpty() && !BlockMastheads.kickerWord(line.strip())
                || BlockMastheads.acronymOver(lines, i, below);
        // "Omroep Brabant" / "Nieuws", "Aftonbladet" / "Nyheter": a name with an outlet's word, or one word, over its
        // news root alone
        // ("Jutarnji list" / "Vijesti" / "Hrvatska", "BBC Cymru Fyw" / "Newyddion": any short name over a news root, alone
        // or with its crumb, which only a site has)
        return (named || oneWordOverTrail(lines, i)) && (CrumbTrails.firstCrumb(lines, below) || CrumbTrails.newsRootOverTrail(lines, below)
                    || named && !BreadcrumbDetector.isNewsRoot(line) && CrumbTrails.loneCrumb(lines, below))
                || (Outlets.hasOutletWord(line) || BlockMastheads.oneWordName(line.strip())) && !BreadcrumbDetector.isNewsRoot(line)
                    && CrumbTrails.loneNewsRoot(lines, below)
                || BlockMastheads.shortName(line) && !BlockMastheads.kickerWord(line.strip())
                    && (CrumbTrails.newsRootOverTrail(lines, below) || CrumbTrails.loneNewsRoot(lines, below));
    }

    /** A name of two words or more, no place's, over a listed section: "Il Sole 24 ORE" / "Economia". */
    private static boolean namedOverSection(PageLines lines, int i) {
        String line = lines.get(i).strip();
        return line.contains(" ") && Outlets.looksLikeOutlet(line) && FurnitureBlocks.overListedSection(lines, i);
    }

    /**
     * A name of one word (a hyphen may join two: "Ouest-France") or led by an article ("La Dépêche"), no place's,
     * section's, type's or news root's, over a trail of two crumbs or more whose first is a listed section or a place:
     * "Rzeczpospolita" / "Ekonomia" / "Energetyka". Over one crumb a word is read as a crumb itself
     * ("Scotland" / "Politics"): nothing on the line tells the two apart there.
     */
    private static boolean oneWordOverTrail(PageLines lines, int i) {
        String line = lines.get(i).strip(); // also an article-led name: "La Dépêche" / "Occitanie" / "Toulouse"
        if (!(BlockMastheads.oneWordName(line) || BlockMastheads.articleLed(line) && !Places.isPlace(line)) || i + 2 >= lines.size()
                || !lines.sameBlock(i + 1, i + 2)) {
            return false;
        }
        String first = lines.get(i + 1);
        return SectionNames.isSection(first) || Places.isPlace(first);
    }

    /**
     * A one-word name, no place's, section's, type's or news root's, over a listed section alone in its
     * block right over the headline: "Rappler" / "Nation", "Clarín" / "Sociedad" (a listed place, "Scotland" /
     * "Politics", is a crumb, a kicker's word, "LIVE" / "Politics", a kicker; a topic's word is not written over its
     * section), but not a crumb under a trail's root.
     */
    static boolean oneWordOverSection(PageLines lines, int i) {
        String line = lines.get(i).strip();
        return BlockMastheads.oneWordName(line) && !SectionNames.isSection(line) && KickerDetector.detect(line).isEmpty()
                && !BlockMastheads.kickerWord(line) && i + 1 < lines.size() && lines.sameBlock(i, i + 1)
                && (SectionNames.isSection(lines.get(i + 1)) && CrumbTrails.loneCrumb(lines, i + 1) || lines.pageOpensAt(i) && i + 2 < lines.size()
                && lines.sameBlock(i, i + 2) && KickerDetector.detect(lines.get(i + 1), lines.get(i + 2), null).map(Kicker::section).isPresent()
                && Headlines.isTitleLike(lines.get(i + 2))) // (or at the page's top, over a kicker: "Kiplinger" / "Investing" / the headline)
                // not a crumb under a trail's root: "Startseite" / "Region" / "Lokales"
                && !(i > 0 && lines.sameBlock(i - 1, i) && BreadcrumbDetector.isHomeRoot(lines.get(i - 1)));
    }

    /**
     * The page's first line alone in its block, one lower-case word closed by a full stop, over a headline: the
     * site's logo ("euronews." / "Spain's parliament approves ..."), which no headline or kicker is written as.
     */
    static boolean dottedLogoAlone(PageLines lines, int i) {
        return lines.pageOpensAt(i) && isDottedLogo(lines.get(i).strip()) && i + 1 < lines.size()
                && !lines.sameBlock(i, i + 1) && Headlines.isTitleLike(lines.get(i + 1));
    }

    /** The site's name a line gives: the line, without the full stop of a lower-case logo ("euronews." is "euronews"). */
    static String withoutLogoStop(String line) {
        String t = line.strip();
        return isDottedLogo(t) ? t.substring(0, t.length() - 1) : t;
    }

    /** A lower-case logo ({@link PageLines#isLowerCaseLogo}) closed by a full stop: "euronews.". */
    private static boolean isDottedLogo(String stripped) {
        return stripped.endsWith(".") && PageLines.isLowerCaseLogo(stripped);
    }

    /** "Enab Baladi – Idlib", "JAMnews, Tbilisi": the outlet's name, a dash or comma and a place of one to three capitalised words. */
    static boolean outletAndPlace(String line, String source) {
        String text = line.strip();
        return source != null && text.length() > source.length() + 3 && text.regionMatches(true, 0, source, 0, source.length())
                && OUTLET_PLACE_TAIL.matcher(text.substring(source.length())).matches();
    }

    private static final Pattern OUTLET_PLACE_TAIL = UnicodeRegex.compile("(?:\\s+[–—-]|,)\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2}");

    /**
     * A city's or region's edition of the site named on the page: its name, then the city, its code or the continent
     * ("Eater NY", "Eater Atlanta", "Telecompaper Europe"); or the name that the initials logo read as the site's spells
     * out ("DCD" / menu / "Data Center Dynamics").
     */
    static boolean edition(String line, String source) {
        String text = line.strip();
        String city = source != null && text.length() > source.length() + 1 && text.startsWith(source + " ") ? text.substring(source.length() + 1) : "";
        return !city.isEmpty() && !city.contains(" ") && Places.isEditionName(city)
                || source != null && source.length() >= 2 && NameCase.isShouted(source) && OutletInitials.shortFor(source, text);
    }
}
