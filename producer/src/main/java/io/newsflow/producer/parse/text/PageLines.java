package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The non-blank lines of a page with what their block (lines not parted by a blank line) says
 * about them: whether the block holds page furniture, whether it is mostly menu words
 * ("Skip to main content / TechLedger / Subscribe / Sign in"), and which block a line is in.
 */
final class PageLines {
    private static final int MIN_MENU_ITEMS = 4;
    private static final Pattern MENU_ITEM = Pattern.compile("\\p{Lu}[\\p{L}&'’.-]*(?: [\\p{L}&'’.-]+){0,2}");
    private final List<String> lines = new ArrayList<>();
    private final List<Boolean> furniture = new ArrayList<>();
    private final List<Boolean> menu = new ArrayList<>();
    private final List<Integer> block = new ArrayList<>();
    private final List<Boolean> verticalMenu = new ArrayList<>();
    private final List<Boolean> shareColumn = new ArrayList<>();
    private final List<Boolean> dated = new ArrayList<>();

    PageLines(String text) {
        int index = 0;
        for (List<String> group : TextLines.groups(text)) {
            long junk = group.stream().filter(JunkLineDetector::isJunk).count();
            boolean vertical = group.size() >= MIN_MENU_ITEMS && group.stream().allMatch(PageLines::isMenuItem);
            boolean shares = vertical && group.stream().filter(JunkLineDetector::isShareWord).count() >= 2;
            boolean hasDate = group.size() > 1 && group.stream().anyMatch(l -> MetaDateLine.parse(l).isPresent());
            for (String line : group) {
                verticalMenu.add(vertical);
                shareColumn.add(shares);
                dated.add(hasDate);
                lines.add(line);
                furniture.add(junk > 0);
                menu.add(junk >= 2 && junk * 2 >= group.size());
                block.add(index);
            }
            index++;
        }
    }

    int size() {
        return lines.size();
    }

    String get(int i) {
        return lines.get(i);
    }

    /** Line i shares its block with a furniture line. */
    boolean inFurnitureBlock(int i) {
        return furniture.get(i);
    }

    /** Line i stands in a block of mostly menu words. */
    boolean inMenu(int i) {
        return menu.get(i);
    }

    /**
     * Line i stands in a menu written one item per line ("Business / Markets / Tech / Media /
     * Calculators"): four or more lines of one to three capitalised words, without digits or
     * sentence punctuation, in one block.
     */
    boolean inVerticalMenu(int i) {
        return verticalMenu.get(i);
    }

    /** Line i stands in a column of share buttons, one per line ("Suggerisci / Facebook / X / Whatsapp / Invia"). */
    boolean inShareColumn(int i) {
        return shareColumn.get(i);
    }

    /** Line i shares its block with a date line ("Redazione ANSA / TORINO / 22 novembre 2024 / 17:38 / NEWS"). */
    boolean inDatedBlock(int i) {
        return dated.get(i);
    }

    private static boolean isMenuItem(String line) {
        return MENU_ITEM.matcher(line.strip()).matches();
    }

    /** Lines i and j are in one block. */
    boolean sameBlock(int i, int j) {
        return block.get(i).equals(block.get(j));
    }
}
