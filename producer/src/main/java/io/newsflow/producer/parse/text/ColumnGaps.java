package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Segments a scrape set apart with runs of spaces rather than bars: a page header in columns ("THE VALLEY TIMES Monday,
 * December 1, 2025     A3", two gaps or more of three spaces), or a menu whose items the scrape parted by two spaces
 * each ("Inicio  Política  Economía  Ciudadanía  Salud  Cocuyo Chequea": three such gaps or more between words, each
 * item a capitalised word or up to four, or up to three words of a script without case, a third of them or more a menu's
 * words, sections or places, two in a row of six items or more), two or three account links ("Subscribe  Sign In"), or
 * a trail of two ("Home  News"), or Tibetan's short items, each closed by its shad. Each is read with bars between
 * its segments, as {@link JunkLineDetector} reads a menu bar; any other line as it is (a gap inside a sentence is no
 * column, and typists once put two spaces after a full stop).
 */
final class ColumnGaps {
    private static final Pattern WIDE_GAP = Pattern.compile("(?<=\\S) {3,}(?=\\S)");
    /** Two spaces or more between words (not after a sentence's stop, nor around a bar that already parts the items). */
    private static final Pattern NARROW_GAP = Pattern.compile("(?<=[\\p{L}\\p{M}\\p{N}]) {2,}(?=[\\p{L}\\p{N}])"); // (a word may end in a mark: "ਖ਼ਬਰਾਂ")
    private static final Pattern ITEM = Pattern.compile("(?:\\d+|\\p{Ll}{1,4}(?=\\p{Lu}))?\\p{Lu}[\\p{L}\\p{N}&'‘’/-]*(?: [\\p{L}\\p{N}&'‘’/-]+){0,3}" // ("Crime and Public
            // Safety", "Top 100", "F1", "QA/QC", "5G", "theCUBE", Uzbek's "Ko‘chmas mulk"); or up to three words of a script without case
            // ("セキュリティ", "企業・業界動向", "오피니언", "שוק ההון", "נדל\"ן", "कारोबार", "بانک و بیمه", Georgian's "ეკონომიკა", its letters filed as lower case)
            + "|[\\p{Lo}\\p{IsGeorgian}][\\p{Lo}\\p{IsGeorgian}\\p{Lm}\\p{M}・\"״\\u200C\\u200D-]*(?: [\\p{Lo}\\p{IsGeorgian}][\\p{Lo}\\p{IsGeorgian}\\p{Lm}\\p{M}・\"״\\u200C\\u200D-]*){0,2}"); // (Sinhala's joiner: "ව්‍යාපාර")
    /**
     * Tibetan's items, a word or two of syllables parted by its tsheg (U+0F0B), each closed by a shad (U+0F0D), four or
     * more parted by spaces: "གསར་འགྱུར།  བོད་ནང་།  རྒྱལ་སྤྱི།  དཔྱད་རྩོམ།" (news, inside Tibet, world, analysis); a sentence's
     * clauses between its shads are longer.
     */
    private static final Pattern TIBETAN_ITEMS = Pattern.compile("[\\u0F40-\\u0FBC\\u0F0B]{2,16}\\u0F0D(?: +[\\u0F40-\\u0FBC\\u0F0B]{2,16}\\u0F0D){3,}");
    private static final Pattern AFTER_SHAD = Pattern.compile("(?<=\\u0F0D) +");
    private static final int MIN_WIDE_GAPS = 2;
    private static final int MIN_NARROW_GAPS = 3;
    private static final int MANY_ITEMS = 6;
    private static final int MIN_ITEMS_UNDER_NAME = 3;
    /** A menu's items are a few words each: a line this long parted by double spaces is prose. */
    private static final int MAX_MENU_CHARS = 160;

    private ColumnGaps() {
    }

    /**
     * The line with bars for its gaps when it is set in segments; else as it is. {@code underName}: the line is the page's
     * second or third, under the site's name (and its tagline), where a row of three items or more is its menu though no
     * list knows their words ("New Nuclear  Regulation & Safety  Nuclear Policies  Corporate  Uranium & Fuel  Waste &
     * Recycling"; a row of three not read so was taken for one writer's name: "Kibaruyaw  Sɛnɛ  Farikoloɲɛnajɛ").
     */
    static String asBars(String line, boolean underName) {
        if (WIDE_GAP.matcher(line).results().count() >= MIN_WIDE_GAPS) {
            return WIDE_GAP.matcher(line).replaceAll(" | ");
        }
        if (TIBETAN_ITEMS.matcher(line.strip()).matches()) {
            return AFTER_SHAD.matcher(line.strip()).replaceAll(" | ");
        }
        String[] items = line.strip().split(" {2,}");
        // (under the site's name, three items will do: "Rongorongo  Bitineti  Takaakaro", news, business, sport)
        boolean menu = line.length() <= MAX_MENU_CHARS && !line.contains(". ") && NARROW_GAP.matcher(line).results().count() >= (underName ? 2 : MIN_NARROW_GAPS)
                && NARROW_GAP.matcher(line).results().count() == items.length - 1
                && (menuItems(items) || underName && items.length >= MIN_ITEMS_UNDER_NAME && Arrays.stream(items).allMatch(i -> ITEM.matcher(i).matches()));
        // ("Subscribe  Sign In": two or three account links, a gap or two between them, as "Sign In | Register" reads)
        boolean account = items.length >= 2 && items.length <= 3 && accountWords(items);
        // ("Home  News": a trail of two, its root and its section, as "Home | News" reads; not a section "Home News")
        boolean trail = items.length == 2 && BreadcrumbDetector.isHomeRoot(items[0]) && ITEM.matcher(items[1]).matches();
        return menu || account || trail ? NARROW_GAP.matcher(line).replaceAll(" | ") : line;
    }

    /**
     * The line under the site's name (line {@code name}), three items or more parted by bars (or the double spaces read as
     * bars), the first no home's, the headline of four words or more right under it, all in one block, and a byline or
     * stamp under that or the block's end ("Hiligaynon" / "Balita  Sugilanon  Binalaybay" / the headline / "Ginsulat ni
     * ..."): the site's menu, not a trail from its first item.
     */
    static boolean barredRowOverHeadline(PageLines lines, int name) {
        if (lines.size() < name + 3 || !lines.sameBlock(name, name + 2) || !Outlets.looksLikeOutlet(lines.get(name))) {
            return false;
        }
        String[] items = TopMenus.BAR.split(lines.get(name + 1).strip());
        String under = name + 3 < lines.size() && lines.sameBlock(name, name + 3) ? lines.get(name + 3) : null;
        return items.length >= 3 && !BreadcrumbDetector.isHomeRoot(items[0]) && Headlines.isTitleLike(lines.get(name + 2))
                && Headlines.words(lines.get(name + 2)) >= 4 && (under == null || BylineDetector.hasLeadIn(under) || MetaDateLine.parse(under).isPresent());
    }

    /** Every item is an account's or a site's button ("Subscribe", "Sign In", "Menu", "Search"). */
    static boolean accountWords(String[] items) {
        return Arrays.stream(items).allMatch(item -> FurnitureWords.ACCOUNT_WORDS.contains(item.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Each item a capitalised word or up to four, and a third of them or more (two, in a row of six or more) a menu's
     * word, a listed section, a place, home or news.
     */
    private static boolean menuItems(String[] items) {
        int known = 0;
        for (String item : items) {
            if (!ITEM.matcher(item).matches()) {
                return false;
            }
            known += FurnitureWords.MENU_WORDS.contains(item.toLowerCase(Locale.ROOT)) || SectionNames.isSection(item)
                    || BreadcrumbDetector.isHomeRoot(item) || BreadcrumbDetector.isNewsRoot(item) || Places.isPlace(item) ? 1 : 0;
        }
        // (a long row needs fewer: "Biz & IT  Tech  Science  Policy  Cars  Gaming & Culture  Store  Forums" is a tech site's)
        return known * 3 >= items.length || items.length >= MANY_ITEMS && known >= 2;
    }
}
