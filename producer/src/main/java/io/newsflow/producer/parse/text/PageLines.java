package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

/**
 * The non-blank lines of a page with what their block (lines not parted by a blank line) says
 * about them: whether the block holds page furniture, whether it is mostly menu words
 * ("Skip to main content / TechLedger / Subscribe / Sign in"), a menu or a share column written one
 * item per line, or a date stamp's details; and which block a line is in.
 */
final class PageLines {
    /**
     * A logo written in lower case, a full stop after it perhaps ("euronews."), a hyphen in it perhaps ("in-cyprus"), an
     * article before it perhaps ("la diaria", Montevideo's).
     */
    private static final Pattern LOWER_CASE_LOGO = Pattern.compile("\\s*(?:(?:la|el|le|il|lo|les|los|las|het|der|die|das) )?\\p{Ll}(?:[\\p{Ll}\\d]{2,20}|[\\p{Ll}\\d]{0,20}-[\\p{Ll}\\d]{2,20})[.!]?\\s*"); // ("euronews.", "basta!")
    private final List<String> lines = new ArrayList<>();
    /** For each line, the index of its block in {@link #blocks}. */
    private final List<Integer> blockOf = new ArrayList<>();
    private final List<PageBlock> blocks = new ArrayList<>();
    /** The lines that are furniture ({@link JunkLineDetector#isJunk}), each asked once: the readers ask again and again. */
    private final BitSet junk = new BitSet();

    /** The end (exclusive) of the site's menu run at the top of the page ({@link #inTopMenu}), or 0. */
    private final int topMenuEnd;
    private final int unbuttonedMenuEnd;
    /** The end (exclusive) of the story's trail under that menu and its button, or 0. */
    private int topTrailEnd;
    /** The page opens with its name and tagline in a block of their own over the menu's ({@link OpeningMastheads}). */
    private boolean taglineOverMenu;
    /** How many lines stand above the site's name ({@link PageTops#linesAboveName}): the page opens under them too. */
    private final int linesAboveName;

    PageLines(String text) {
        for (List<String> group : TextLines.groups(text)) {
            int first = lines.size();
            for (String line : group) {
                // (a prompt broken over two lines, its second in lower case, "Get the RNZ app" / "for ad-free news ..."; not an item again: "iTukutuku")
                String above = lines.size() > first ? lines.get(lines.size() - 1).strip() : "";
                boolean rest = lines.size() > first && junk.get(lines.size() - 1) && !line.isBlank() && NameCase.opensInLowerCase(line.strip())
                        && JunkLineDetector.isJunk(above + " " + line.strip()) && !(" " + above + " ").contains(" " + line.strip() + " ");
                junk.set(lines.size(), rest || JunkLineDetector.isJunk(line));
                lines.add(line);
                blockOf.add(blocks.size());
            }
            blocks.add(PageBlock.of(group, junk.get(first, lines.size()))); // the block's lines' verdicts, from 0
        }
        linesAboveName = PageTops.linesAboveName(lines); // (before the shapes that ask)
        topMenuEnd = topMenuEnd();
        unbuttonedMenuEnd = topMenuEnd == 0 ? PageBlock.unbuttonedTopEnd(this) : 0;
        taglineOverMenu = OpeningMastheads.overMenu(this);
        // (the tagline is furniture, as in one block with the menu; so a menu in a script without capitals under the name)
        junk.set(1, taglineOverMenu || junk.get(1) || MenuRuns.menuUnderName(this) || MenuRuns.barredItemRepeatedUnder(this));
        junk.set(linesAboveName + 1, junk.get(linesAboveName + 1) || ColumnGaps.barredRowOverHeadline(this, linesAboveName));
        junk.set(0, junk.get(0) || lines.size() > 1 && PageTops.isWindowTitleOver(lines.get(0), lines.get(1))); // (the window's title over the site's name)
    }

    /** Line i is the site's name over its tagline or its name written out in the page's first block, the menu's block under them. */
    boolean nameOverTaglineAndMenu(int i) {
        return i == 0 && taglineOverMenu;
    }

    /**
     * Line i is in the site's menu written one item per line at the top of a page scraped without blank
     * lines: "RTBF / Info / Régions / Sport / Culture / Auvio / Se connecter / Belgique / Économie / the
     * headline". Four items or more, then an account or menu button, then the story's trail of one to three
     * crumbs: the button parts the menu from the trail, which would otherwise read as one.
     */
    boolean inTopMenu(int i) {
        return i < topMenuEnd || i < unbuttonedMenuEnd; // (or a menu with no button, right over the headline: MenuRuns)
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
        for (; k < lines.size() && sameBlock(0, k) && (PageBlock.isMenuItem(lines.get(k)) || k == 0 && FurnitureBlocks.isLogo(lines.get(k))); k++) {
            if (isJunk(k)) {
                lastJunk = k;
                itemsBeforeJunk = items;
            } else {
                items++;
            }
        }
        int crumbs = k - lastJunk - 1;
        if (lastJunk < 0 || itemsBeforeJunk < PageBlock.MIN_MENU_ITEMS || crumbs < 1 || crumbs > 3 || k >= lines.size() || !sameBlock(0, k)) {
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

    /** Line i opens the page, or only a skip link, a cookie banner, a window's title or a banner stands above it ({@link PageTops}). */
    boolean pageOpensAt(int i) {
        return i == 0 || i == linesAboveName;
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

    /** A logo written in lower case, a full stop after it perhaps: "euronews.", "derstandard", "t-online". */
    static boolean isLowerCaseLogo(String line) {
        return LOWER_CASE_LOGO.matcher(line).matches();
    }

    /** Lines i and j are in one block. */
    boolean sameBlock(int i, int j) {
        return blockOf.get(i).equals(blockOf.get(j));
    }

    /** Line i is page furniture ({@link JunkLineDetector#isJunk}). */
    boolean isJunk(int i) {
        return junk.get(i);
    }

    private PageBlock block(int i) {
        return blocks.get(blockOf.get(i));
    }

    /**
     * A line in a block with navigation junk, over a headline in a block of its own: the site's tagline or menu; not
     * a label naming the story's kind ("Share | Post | Print" / "Analysis" / the headline: a kicker under a share bar), nor
     * a line with a date, the story's stamp or byline over its text ("Posted: 6 December 2026 | Catherine Eckford (...)",
     * "Monday 07 December 2026 | By Harry Baldock", under the headline).
     */
    boolean isFurnitureTagline(int i) {
        return inFurnitureBlock(i) && i + 1 < size() && !inFurnitureBlock(i + 1)
                && Headlines.isTitleLike(get(i + 1)) && !namesStoryKind(get(i)) && DateExtractor.find(get(i)).isEmpty();
    }

    private static boolean namesStoryKind(String line) {
        ArticleType type = ArticleTypes.fromLabel(line);
        return type != ArticleType.UNKNOWN && type != ArticleType.NEWS;
    }

    /** The first line from {@code from} on that is not furniture (or the line count). */
    int nextNonJunk(int from) {
        int k = from;
        while (k < size() && isJunk(k)) {
            k++;
        }
        return k;
    }
}
