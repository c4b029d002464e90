package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-blank lines of a page with what their block (lines not parted by a blank line) says
 * about them: whether the block holds page furniture, whether it is mostly menu words
 * ("Skip to main content / TechLedger / Subscribe / Sign in"), and which block a line is in.
 */
final class PageLines {
    private final List<String> lines = new ArrayList<>();
    private final List<Boolean> furniture = new ArrayList<>();
    private final List<Boolean> menu = new ArrayList<>();
    private final List<Integer> block = new ArrayList<>();

    PageLines(String text) {
        int index = 0;
        for (List<String> group : TextLines.groups(text)) {
            long junk = group.stream().filter(JunkLineDetector::isJunk).count();
            for (String line : group) {
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

    /** Lines i and j are in one block. */
    boolean sameBlock(int i, int j) {
        return block.get(i).equals(block.get(j));
    }
}
