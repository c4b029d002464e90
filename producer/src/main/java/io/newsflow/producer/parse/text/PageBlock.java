package io.newsflow.producer.parse.text;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What one block of a page (lines not parted by a blank line) says about every line in it: whether it holds page
 * furniture, whether it is mostly menu words, a menu or a share column written one item per line, or a date stamp's
 * details; and where a menu written one item a line at the page's top ends ({@link #unbuttonedTopEnd}). Read by
 * {@link PageLines}, which tells each line's block.
 */
record PageBlock(boolean furniture, boolean menu, boolean verticalMenu, boolean shareColumn, boolean dated) {
    /** The fewest items a menu written one per line has. */
    static final int MIN_MENU_ITEMS = 4;
    /** The fewest words of the headline under such a menu. */
    private static final int MIN_HEADLINE_WORDS = 4;
    // ("Támogass!"; a language's own name in a script without capitals: "العربية")
    private static final Pattern MENU_ITEM = Pattern.compile("[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}&'’.-]*(?: [\\p{L}&'’.-]+){0,2}!?");

    /**
     * The block of these lines.
     *
     * @param junk which of the lines are furniture ({@link JunkLineDetector#isJunk}), as the page already asked
     */
    static PageBlock of(List<String> group, BitSet junk) {
        int junkLines = junk.cardinality();
        // a skip link among the items ("Kyodo News / Skip to main content / Japan / World ...") is the menu's too
        // and the site's domain or longer name may head it ("tagesschau.de / Startseite / Inland ...", "El Diario del
        // Cantábrico / Portada / Cantabria ...")
        // (the heading name is asked about only for blocks long enough to be menus: most blocks are paragraphs)
        int name = group.size() > MIN_MENU_ITEMS && (Outlets.isDomain(group.get(0))
                || !isMenuItem(group.get(0)) && Outlets.looksLikeOutlet(TopMenus.withoutTagline(group.get(0)))
                || PageLines.isLowerCaseLogo(group.get(0))) ? 1 : 0; // "euronews." over its menu
        boolean fuller = group.size() > 1 && TopMenus.endsWithLogo(group.get(0), group.get(1)); // ("Newsday" / "Trinidad and Tobago Newsday")
        if (group.size() > MIN_MENU_ITEMS + 1 && (JunkLineDetector.isTagline(group.get(1)) || fuller || taglineByPlace(group))
                && Outlets.looksLikeOutlet(group.get(0))) {
            name = 2; // "Ukrinform" / "Ukrainian National News Agency" / "War" / ...: the name and what it is over the menu
        }
        boolean vertical = group.size() - name >= MIN_MENU_ITEMS && group.stream().skip(name)
                .allMatch(l -> isMenuItem(l) || PageTops.isSkipLink(l) || Outlets.fromLogoLink(l).isPresent()) // (and the page's title)
                && !logoOverTrail(group, junk);
        return new PageBlock(junkLines > 0, junkLines >= 2 && junkLines * 2 >= group.size(), vertical,
                vertical && group.stream().filter(JunkLineDetector::isShareWord).count() >= 2,
                group.size() > 1 && group.stream().anyMatch(l -> MetaDateLine.parse(l).isPresent()));
    }

    /** The most words a tagline known only by its place has. */
    private static final int MAX_TAGLINE_WORDS = 8;

    /**
     * "Mongabay" / "News & Inspiration from Nature's Frontline" / "News" / "Specials" / ...: a short phrase, no sentence
     * and no menu item, between the site's name and a menu of four items or more is its tagline, whatever it says.
     */
    private static boolean taglineByPlace(List<String> group) {
        return taglineShaped(group.get(0), group.get(1)) && group.stream().skip(2).allMatch(PageBlock::isMenuItem);
    }

    /** A short phrase under a name, neither a menu item nor a sentence, a date or a byline's: a tagline by its place. */
    static boolean taglineShaped(String name, String line) {
        String second = line.strip();
        // (not a byline and its date over share buttons: "By Eleni Georgiou" / "December 5, 2026" / "Share" / "Facebook" / ...)
        return !isMenuItem(second) && second.split("\\s+").length <= MAX_TAGLINE_WORDS && !second.matches(".*(?:[.!?:]|\\d.*)$")
                && !BylineDetector.hasLeadIn(name);
    }

    /** One to three capitalised words: a menu's item written on a line of its own. */
    static boolean isMenuItem(String line) {
        return MENU_ITEM.matcher(line.strip()).matches();
    }

    /**
     * "Skip to content" / "The Seattle Times" / "Local News" / "Transportation": past the skip link,
     * the site's logo over one or two crumbs (and a news root before them: "The Irish Times" / "News" / "Ireland" /
     * "Irish News") is its masthead and the story's trail, too few items for a menu; not when buttons close the block
     * after its items, as a menu's do and no trail's.
     */
    private static boolean logoOverTrail(List<String> group, BitSet junk) {
        int last = group.size() - 1;
        if (junk.get(last) && junk.previousClearBit(last) > 0) {
            return false; // "Badische Zeitung" / "Startseite" / "Lokales" / "Freiburg" / "Abo" / "Anmelden": a menu's buttons
        }
        List<String> items = IntStream.range(0, group.size()).filter(g -> !junk.get(g)).mapToObj(group::get).toList();
        // (the news root only in a block of those four lines: "News24" / "Home" / "News" / "Business" / "Sport" is a menu; so is
        // the home root: "ไทยรัฐออนไลน์" / "หน้าแรก" / "ข่าว" / "การเมือง", the site's name in a script without capitals)
        boolean home = group.size() == 4 && items.size() == 4 && BreadcrumbDetector.isHomeRoot(items.get(1));
        int most = group.size() == 4 && items.size() == 4 && (BreadcrumbDetector.isNewsRoot(items.get(1).strip()) || home) ? 4 : 3;
        return items.size() >= 2 && items.size() <= most && (FurnitureBlocks.isLogo(items.get(0)) || home && FurnitureBlocks.isMasthead(items.get(0)))
                && items.subList(home ? 2 : 1, items.size()).stream().allMatch(KickerDetector::isCrumb);
    }

    /**
     * The end of a menu written one item per line at the top of a page scraped without blank lines and with no button
     * under it ("Chicago Sun-Times" / "News" / "Sports" / ... / "Suburbs" / the headline): five items or more, all menu
     * words but the last perhaps, under the site's name, the headline right under them, all in one block; else 0. Its
     * last item, over the headline, is no section.
     */
    static int unbuttonedTopEnd(PageLines lines) {
        int first = lines.size() > 1 && !isMenuWord(lines.get(0)) && Outlets.looksLikeOutlet(lines.get(0)) ? 1 : 0;
        int k = first;
        int others = 0;
        for (; k < lines.size() && lines.sameBlock(0, k) && isMenuItem(lines.get(k)) && others == 0; k++) {
            others += isMenuWord(lines.get(k)) ? 0 : 1; // (one item the word list lacks, the last: "Suburbs")
        }
        return first == 1 && k - first > MIN_MENU_ITEMS && k < lines.size() && lines.sameBlock(0, k)
                && Headlines.isTitleLike(lines.get(k)) && lines.get(k).strip().split("\\s+").length >= MIN_HEADLINE_WORDS ? k : 0;
    }

    private static boolean isMenuWord(String line) {
        return FurnitureWords.MENU_WORDS.contains(line.strip().toLowerCase(Locale.ROOT));
    }
}
