package io.newsflow.producer.parse.text;

import java.util.Locale;

/**
 * A site's menu scraped onto one line with its items run together, where some items are places or a desk the word
 * list does not hold: "Kazakhstan World Economy Society Sport", "News Tajikistan Central Asia Economy Life". Every word
 * is capitalised, as menu items are; at least three are menu words ({@link FurnitureWords#MENU_WORDS}), or two among
 * two places or more ("Curaçao Aruba Bonaire Economie Sport"); every other word names a place, but for one at most
 * ("Central"). A headline in title case has more words of its own.
 */
final class MenuRuns {
    private static final int MIN_WORDS = 4;
    private static final int MAX_CHARS = 120;
    private static final int MIN_MENU_WORDS = 3;

    private MenuRuns() {
    }

    /** Whether the line is such a run of menu items. */
    static boolean matches(String line) {
        String text = line.strip();
        String[] words = text.split("\\s+");
        if (words.length < MIN_WORDS || text.length() > MAX_CHARS) {
            return false;
        }
        int menuWords = 0;
        int places = 0;
        int others = 0;
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals("&")) {
                return false;
            }
            if (FurnitureWords.MENU_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                menuWords++;
            } else if (Places.isPlace(word)) {
                places++;
            } else if (!word.equals("&")) {
                others++;
            }
        }
        // (or two menu words among places, one other at most: "Curaçao Aruba Bonaire Economie Sport")
        return others <= 1 && (menuWords >= MIN_MENU_WORDS || menuWords >= 2 && places >= 2);
    }
}
