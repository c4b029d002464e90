package io.newsflow.producer.parse.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Whether a menu bar of the page lists the label, case aside (RBC's "Бизнес" in "Политика | Экономика | Бизнес | ..."),
     * or a line of furniture of single words does ("Политика Экономика Бизнес Финансы", its spaces run together).
     */
    static boolean listsItem(PageLines lines, String label) {
        for (int k = 0; k < lines.size(); k++) {
            String[] bar = TopMenus.BAR.split(lines.get(k).strip());
            String[] items = bar.length < MIN_BAR_ITEMS && lines.isJunk(k) ? lines.get(k).strip().split("\\s+") : bar;
            if (items.length >= MIN_BAR_ITEMS && Arrays.stream(items).anyMatch(item -> sameItem(item, label))) {
                return true;
            }
        }
        return false;
    }

    /** The section as a menu bar of the page writes it, when one of natural case lists it; the section itself otherwise. */
    static String asMenuWrites(PageLines lines, String section) {
        for (int k = 0; section != null && k < lines.size(); k++) {
            String[] items = TopMenus.BAR.split(lines.get(k).strip());
            if (items.length >= MIN_BAR_ITEMS && Arrays.stream(items).allMatch(item -> item.split(" ").length <= MAX_ITEM_WORDS)) {
                String listed = Arrays.stream(items).filter(item -> sameItem(item, section)).findFirst().orElse(null);
                // (a bar in capitals says nothing of the case: "NEWS | LOCAL | SPORT")
                if (listed != null && !listed.equals(listed.toUpperCase(Locale.ROOT))) {
                    return listed;
                }
            }
        }
        return section;
    }

    /**
     * A shouted masthead's name as the page writes it elsewhere, its accents and inner capitals with it ("EXCELSIOR" over
     * "... de Excélsior", "HUFFPOST" over "Support HuffPost"): our natural case ({@link NameCase#outlet}) cannot restore
     * what the capitals dropped. The name itself otherwise.
     */
    static String asPageWrites(PageLines lines, String shouted) {
        String natural = NameCase.outlet(shouted);
        if (shouted == null || !shouted.equals(shouted.toUpperCase(Locale.ROOT)) || shouted.equals(natural)) {
            return natural;
        }
        String bare = bare(shouted);
        for (int k = 0; k < lines.size(); k++) {
            Matcher word = NAME_WORDS.matcher(lines.get(k));
            while (word.find()) {
                String found = word.group();
                if (!found.equals(found.toUpperCase(Locale.ROOT)) && !found.equals(natural) && bare(found).equals(bare)) {
                    return found;
                }
            }
        }
        return natural;
    }

    /**
     * A menu's item and a label are the same, case and accents aside: Greek drops its accents in capitals ("ΑΓΟΡΕΣ" over
     * a menu's "Αγορές"), so the shouted label matches its item only without them.
     */
    private static boolean sameItem(String item, String label) {
        return item.equalsIgnoreCase(label) || item.length() == label.length() && bare(item).equals(bare(label));
    }

    private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]+");

    private static String bare(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
