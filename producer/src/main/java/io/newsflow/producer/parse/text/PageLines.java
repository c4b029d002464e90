package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The non-blank lines of a page with what their block (lines not parted by a blank line) says
 * about them: whether the block holds page furniture, whether it is mostly menu words
 * ("Skip to main content / TechLedger / Subscribe / Sign in"), a menu or a share column written one
 * item per line, or a date stamp's details; and which block a line is in.
 */
final class PageLines {
    private static final int MIN_MENU_ITEMS = 4;
    private static final Pattern MENU_ITEM = Pattern.compile("\\p{Lu}[\\p{L}&'’.-]*(?: [\\p{L}&'’.-]+){0,2}");
    private static final Pattern SKIP_LINK = Pattern.compile("(?iu)\\s*(?:skip to (?:main )?content|skip navigation|zum inhalt springen|"
            + "ir al contenido|aller au contenu|vai al contenuto)\\s*");
    /** A logo written in lower case, a full stop after it perhaps ("euronews."). */
    private static final Pattern LOWER_CASE_LOGO = Pattern.compile("\\s*\\p{Ll}[\\p{Ll}\\d]{2,20}\\.?\\s*");
    private final List<String> lines = new ArrayList<>();
    /** For each line, the index of its block in {@link #blocks}. */
    private final List<Integer> blockOf = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    /** What one block says about every line in it. */
    private record Block(boolean furniture, boolean menu, boolean verticalMenu, boolean shareColumn, boolean dated) {
        static Block of(List<String> group) {
            long junk = group.stream().filter(JunkLineDetector::isJunk).count();
            // a skip link among the items ("Kyodo News / Skip to main content / Japan / World ...") is the menu's too
            // and the site's domain or longer name may head it ("tagesschau.de / Startseite / Inland ...", "El Diario del
            // Cantábrico / Portada / Cantabria ...")
            // (the heading name is asked about only for blocks long enough to be menus: most blocks are paragraphs)
            int name = group.size() > MIN_MENU_ITEMS && (Outlets.isDomain(group.get(0))
                    || !isMenuItem(group.get(0)) && Outlets.looksLikeOutlet(group.get(0))
                    || isLowerCaseLogo(group.get(0))) ? 1 : 0; // "euronews." over its menu
            boolean vertical = group.size() - name >= MIN_MENU_ITEMS && group.stream().skip(name)
                    .allMatch(l -> isMenuItem(l) || isSkipLink(l) || Outlets.fromLogoLink(l).isPresent()) // (and the page's title)
                    && !logoOverTrail(group);
            return new Block(junk > 0, junk >= 2 && junk * 2 >= group.size(), vertical,
                    vertical && group.stream().filter(JunkLineDetector::isShareWord).count() >= 2,
                    group.size() > 1 && group.stream().anyMatch(l -> MetaDateLine.parse(l).isPresent()));
        }
    }

    /** The end (exclusive) of the site's menu run at the top of the page ({@link #inTopMenu}), or 0. */
    private final int topMenuEnd;
    /** The end (exclusive) of the story's trail under that menu and its button, or 0. */
    private int topTrailEnd;

    PageLines(String text) {
        for (List<String> group : TextLines.groups(text)) {
            for (String line : group) {
                lines.add(line);
                blockOf.add(blocks.size());
            }
            blocks.add(Block.of(group));
        }
        topMenuEnd = topMenuEnd();
    }

    /**
     * Line i is in the site's menu written one item per line at the top of a page scraped without blank
     * lines: "RTBF / Info / Régions / Sport / Culture / Auvio / Se connecter / Belgique / Économie / the
     * headline". Four items or more, then an account or menu button, then the story's trail of one to three
     * crumbs: the button parts the menu from the trail, which would otherwise read as one.
     */
    boolean inTopMenu(int i) {
        return i < topMenuEnd;
    }

    /** The story's trail under the top menu ({@link #inTopMenu}) and its button: its crumbs, or none. */
    List<String> topTrail() {
        return topMenuEnd == 0 ? List.of() : lines.subList(topMenuEnd + 1, topTrailEnd);
    }

    /** The index of the trail's first crumb ({@link #topTrail}), or -1. */
    int topTrailStart() {
        return topMenuEnd == 0 ? -1 : topMenuEnd + 1;
    }

    private int topMenuEnd() {
        int items = 0;
        int lastJunk = -1;
        int itemsBeforeJunk = 0;
        int k = 0;
        // the site's logo opens the menu, and may have digits ("News24")
        for (; k < lines.size() && sameBlock(0, k) && (isMenuItem(lines.get(k)) || k == 0 && FurnitureBlocks.isLogo(lines.get(k))); k++) {
            if (JunkLineDetector.isJunk(lines.get(k))) {
                lastJunk = k;
                itemsBeforeJunk = items;
            } else {
                items++;
            }
        }
        int crumbs = k - lastJunk - 1;
        if (lastJunk < 0 || itemsBeforeJunk < MIN_MENU_ITEMS || crumbs < 1 || crumbs > 3 || k >= lines.size() || !sameBlock(0, k)) {
            return 0;
        }
        for (int c = lastJunk + 1; c < k; c++) {
            if (!KickerDetector.isCrumb(lines.get(c))) {
                return 0;
            }
        }
        topTrailEnd = k;
        return lastJunk;
    }

    /** "Skip to main content", "Zum Inhalt springen": a skip link's label, the page's first furniture. */
    static boolean isSkipLink(String line) {
        return SKIP_LINK.matcher(line).matches();
    }

    /** Line i opens the page, or only a skip link stands above it ("Skip to main content" / "The Standard" / "Home"). */
    boolean pageOpensAt(int i) {
        return i == 0 || i == 1 && isSkipLink(lines.get(0));
    }

    int size() {
        return lines.size();
    }

    String get(int i) {
        return lines.get(i);
    }

    /** Line i shares its block with a furniture line. */
    boolean inFurnitureBlock(int i) {
        return block(i).furniture();
    }

    /** Line i stands in a block of mostly menu words. */
    boolean inMenu(int i) {
        return block(i).menu();
    }

    /**
     * Line i stands in a menu written one item per line ("Business / Markets / Tech / Media /
     * Calculators"): four or more lines of one to three capitalised words, without digits or
     * sentence punctuation, in one block.
     */
    boolean inVerticalMenu(int i) {
        return block(i).verticalMenu();
    }

    /** Line i stands in a column of share buttons, one per line ("Suggerisci / Facebook / X / Whatsapp / Invia"). */
    boolean inShareColumn(int i) {
        return block(i).shareColumn();
    }

    /** Line i shares its block with a date line ("Redazione ANSA / TORINO / 22 novembre 2024 / 17:38 / NEWS"). */
    boolean inDatedBlock(int i) {
        return block(i).dated();
    }

    /**
     * "Skip to content" / "The Seattle Times" / "Local News" / "Transportation": past the skip link,
     * the site's logo over one or two crumbs (and a news root before them: "The Irish Times" / "News" / "Ireland" /
     * "Irish News") is its masthead and the story's trail, too few items for a menu.
     */
    private static boolean logoOverTrail(List<String> group) {
        List<String> items = group.stream().filter(l -> !JunkLineDetector.isJunk(l)).toList();
        // (the news root only in a block of those four lines: "News24" / "Home" / "News" / "Business" / "Sport" is a menu)
        int most = group.size() == 4 && items.size() == 4 && BreadcrumbDetector.isNewsRoot(items.get(1).strip()) ? 4 : 3;
        return items.size() >= 2 && items.size() <= most && FurnitureBlocks.isLogo(items.get(0))
                && items.subList(1, items.size()).stream().allMatch(KickerDetector::isCrumb);
    }

    /** A logo written in lower case, a full stop after it perhaps: "euronews.", "derstandard". */
    static boolean isLowerCaseLogo(String line) {
        return LOWER_CASE_LOGO.matcher(line).matches();
    }

    private static boolean isMenuItem(String line) {
        return MENU_ITEM.matcher(line.strip()).matches();
    }

    /** Lines i and j are in one block. */
    boolean sameBlock(int i, int j) {
        return blockOf.get(i).equals(blockOf.get(j));
    }

    private Block block(int i) {
        return blocks.get(blockOf.get(i));
    }

    /** A line in a block with navigation junk, over a headline in a block of its own: the site's tagline or menu. */
    boolean isFurnitureTagline(int i) {
        return inFurnitureBlock(i) && i + 1 < size() && !inFurnitureBlock(i + 1)
                && Headlines.isTitleLike(get(i + 1));
    }

    /** The first line from {@code from} on that is not furniture (or the line count). */
    int nextNonJunk(int from) {
        int k = from;
        while (k < size() && JunkLineDetector.isJunk(get(k))) {
            k++;
        }
        return k;
    }
}
