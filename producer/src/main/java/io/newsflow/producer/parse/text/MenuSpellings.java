package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * A section's spelling as the page's menu bar writes it: a label shouted over the headline ("U.S. NEWS") says nothing of
 * its case, which {@link ArticleTypes#sectionCase} can only guess ("U.s. news"), while the bar of sections over the story
 * names it in natural case ("News | Politics | U.S. News | World").
 */
final class MenuSpellings {
    /** A bar of a menu: at least four items of a few words each. */
    private static final int MIN_BAR_ITEMS = 4;
    private static final int MAX_ITEM_WORDS = 4;

    private MenuSpellings() {
    }

    /** The section as a menu bar of the page writes it, when one of natural case lists it; the section itself otherwise. */
    static String asMenuWrites(PageLines lines, String section) {
        for (int k = 0; section != null && k < lines.size(); k++) {
            String[] items = TopMenus.BAR.split(lines.get(k).strip());
            if (items.length >= MIN_BAR_ITEMS && Arrays.stream(items).allMatch(item -> item.split(" ").length <= MAX_ITEM_WORDS)) {
                String listed = Arrays.stream(items).filter(section::equalsIgnoreCase).findFirst().orElse(null);
                // (a bar in capitals says nothing of the case: "NEWS | LOCAL | SPORT")
                if (listed != null && !listed.equals(listed.toUpperCase(Locale.ROOT))) {
                    return listed;
                }
            }
        }
        return section;
    }
}
