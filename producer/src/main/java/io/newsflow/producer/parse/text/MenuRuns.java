package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A site's menu scraped onto one line with its items run together, where some items are places or a desk the word
 * list does not hold: "Kazakhstan World Economy Society Sport", "News Tajikistan Central Asia Economy Life". Every word
 * is capitalised, as menu items are; at least three are menu words ({@link FurnitureWords#MENU_WORDS}), or two among
 * two places or more ("Curaçao Aruba Bonaire Economie Sport"); every other word names a place, but for one at most
 * ("Central"). A headline in title case has more words of its own. Chinese and Japanese items, short and parted by
 * spaces, are told by their shape. Under the site's name opening the page, looser shapes are a menu too
 * ({@link #matchesLoosely}, {@link #menuUnderName}, {@link #itemRepeatedUnder}), whatever the page's language. (A menu
 * written one item per line over the headline is {@link PageBlock#unbuttonedTopEnd}'s.)
 */
final class MenuRuns {
    private static final int MIN_WORDS = 4;
    private static final int MAX_CHARS = 120;
    private static final int MIN_MENU_WORDS = 3;

    private MenuRuns() {
    }

    /** Chinese's and Japanese's short items parted by spaces, which their sentences do not hold: "トップ 政治 経済 国際 社会". */
    private static final Pattern HAN_KANA_ITEMS = UnicodeRegex.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,5}(?: [\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,5}){4,}");

    /** Whether the line is such a run of menu items. */
    static boolean matches(String line) {
        String text = line.strip();
        String[] words = text.split("\\s+");
        if (words.length < MIN_WORDS || text.length() > MAX_CHARS) {
            return false;
        }
        if (HAN_KANA_ITEMS.matcher(text).matches()) {
            return true;
        }
        int menuWords = 0;
        int places = 0;
        int others = 0;
        for (String word : words) {
            if (!capitalOrCaseless(word) && !word.equals("&")) {
                return false;
            }
            // (a caseless script's item: a listed section, "اقتصاد", "விளையாட்டு")
            if (FurnitureWords.MENU_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || !Character.isUpperCase(word.codePointAt(0)) && SectionNames.isSection(word)) {
                menuWords++;
            } else if (Places.isPlace(word)) {
                places++;
            } else if (!word.equals("&")) {
                others++;
            }
        }
        // (or two menu words among places, one other at most: "Curaçao Aruba Bonaire Economie Sport")
        // (two words of the others where four items are desks: a home link of two words, "صفحه اصلی")
        return (others <= 1 || others == 2 && menuWords >= 4) && (menuWords >= MIN_MENU_WORDS || menuWords >= 2 && places >= 2);
    }

    /**
     * Line i, opening the page, the site's name (or initials) over its menu in the same block, by any of the looser shapes
     * below: "UNT" / "Uppsala Knivsta Tierp ... Sport Kultur", "Il Mattino" / "Napoli Campania Primo Piano Sport ...".
     */
    static boolean nameOverMenu(PageLines lines, int i) {
        if (!lines.pageOpensAt(i) || i + 1 >= lines.size() || !lines.sameBlock(i, i + 1)) {
            return false;
        }
        String name = lines.get(i);
        return i == 0 && menuUnderName(lines) || (FurnitureBlocks.isInitialsLogo(name) || Outlets.looksLikeOutlet(name))
                && (matchesLoosely(lines.get(i + 1)) || i == 0 && (itemRepeatedUnder(lines) || barredItemRepeatedUnder(lines)));
    }

    /**
     * The page's second line, three items or more parted by bars (or the double spaces read as bars), one of them alone on
     * the third line, the headline on the fourth, all in the site's name's block ("Te Uekera" / "Rongorongo  Bitineti
     * Takaakaro" / "Rongorongo" / the headline): a short menu, its current item marked again as the section; or the story's
     * date stamp on the third line ("Li Rantoele" / "Nouvelles  Culteure  Lingaedje" / "7 di decimbe 2026" / the headline).
     */
    static boolean barredItemRepeatedUnder(PageLines lines) {
        if (lines.size() < 4 || !lines.sameBlock(0, 3)) {
            return false;
        }
        String[] items = TopMenus.BAR.split(lines.get(1).strip());
        return items.length >= 3 && (Arrays.asList(items).contains(lines.get(2).strip()) || MetaDateLine.parse(lines.get(2)).isPresent())
                && Headlines.isTitleLike(lines.get(3));
    }

    /**
     * A looser run, five items or more, all capitalised, two of them menu words or sections, places or names the others ("Uppsala
     * Knivsta Tierp Östhammar Enköping Sport Kultur"), or in a caseless script ("الرئيسية أخبار سياسة اقتصاد رياضة"): under
     * an outlet's initials or name opening the page, its menu.
     */
    static boolean matchesLoosely(String line) {
        String[] words = ITEM_BAR.matcher(line.strip()).replaceAll(" ").split("\\s+"); // (its items parted by bars or not)
        return words.length >= 5 && line.length() <= MAX_CHARS && Arrays.stream(words).allMatch(MenuRuns::capitalOrCaseless)
                && Arrays.stream(words).filter(w -> FurnitureWords.MENU_WORDS.contains(w.toLowerCase(Locale.ROOT)) || SectionNames.isSection(w)).count() >= 2;
    }

    /**
     * A word of a script whose text has no capitals (Devanagari, Arabic, Sinhala, Georgian's everyday letters), or a
     * capitalised Cyrillic, Greek or Armenian word (sentence case is their headlines' case), marks in it; not Latin.
     */
    private static final String UNCASED_WORD = "(?:[\\p{L}&&[^\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{IsArmenian}]]"
            + "|[\\p{Lu}&&[\\p{IsCyrillic}\\p{IsGreek}\\p{IsArmenian}]])[\\p{L}\\p{M}\\u200C\\u200D-]{0,15}";
    private static final Pattern UNCASED_ITEMS = UnicodeRegex.compile(UNCASED_WORD + "(?: " + UNCASED_WORD + "){4,11}");
    private static final Pattern SENTENCE_END = UnicodeRegex.compile("[.!?。।۔؟։]\\s*$");
    /** A bar between a run's items, with the spaces around it: a run is read the same with bars or without. */
    private static final Pattern ITEM_BAR = Pattern.compile("\\s+[|·•]\\s+");

    /**
     * Line 1 of a page whose first block opens with the site's name over one line of five to twelve words in a script
     * without capitals, no digit or mark of a sentence in them ("लोकमत" / "मुख्य पान महाराष्ट्र मुंबई पुणे ..."), the next
     * block opening with no sentence (a kicker or the headline, not the text): the site's menu, though no list knows the
     * language's desks; or of items in sentence case ({@link #pairedItems}). A headline right under the name is told from
     * it by the text following it.
     */
    static boolean menuUnderName(PageLines lines) {
        int after = afterMenuBlock(lines);
        if (after >= lines.size() || !lines.sameBlock(0, 1) || !Outlets.looksLikeOutlet(lines.get(0))) {
            return false;
        }
        String next = lines.get(after).strip();
        String menu = ITEM_BAR.matcher(lines.get(1).strip()).replaceAll(" "); // (its items parted by bars or not)
        return (UNCASED_ITEMS.matcher(menu).matches() || pairedItems(menu)) && next.length() <= 120 && !SENTENCE_END.matcher(next).find();
    }

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}-]{0,15}";
    private static final String LOWER = "\\p{Ll}[\\p{L}\\p{M}-]{0,15}";
    private static final Pattern PAIRED_ITEMS = UnicodeRegex.compile(
            CAPITALISED + "(?: " + LOWER + ")?(?: " + CAPITALISED + "(?: " + LOWER + ")?){4,11}");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "to", "in", "on", "for", "at", "by", "and", "the",
            "a", "an", "as", "is", "with", "from", "over", "after", "de", "la", "el", "en", "di", "da", "do", "du", "le", "et", "und", "y", "e", "i");

    /**
     * A menu of items in sentence case, as Vietnamese writes its desks ("Thời sự Thế giới Kinh tế Đời sống Sức khỏe"):
     * five items or more, each a capitalised word and perhaps one lower-case word, two of them such pairs, no lower-case
     * word a function word (a headline in title case has its "to" and "in").
     */
    private static boolean pairedItems(String line) {
        if (!PAIRED_ITEMS.matcher(line).matches()) {
            return false;
        }
        String[] lower = Arrays.stream(line.split(" ")).filter(w -> Character.isLowerCase(w.codePointAt(0))).toArray(String[]::new);
        return lower.length >= 2 && Arrays.stream(lower).noneMatch(FUNCTION_WORDS::contains);
    }

    /**
     * Line i, one to three words alone in the block under such a menu (or one of its items), over a line of its own (the
     * headline): the section, as a kicker in a script with capitals is ("लोकमत" / the menu / "मुंबई" / the headline).
     */
    static boolean sectionUnderMenu(PageLines lines, int i) {
        String label = lines.get(i).strip();
        return i == afterMenuBlock(lines) && i + 1 < lines.size() && !lines.sameBlock(i, i + 1)
                && (SECTION_WORDS.matcher(label).matches() || label.split(" ").length <= 3 && !label.matches(".*[\\d.,:;!?].*")
                    && (" " + lines.get(1).strip() + " ").contains(" " + label + " ")) // (one of the menu's items: "Thời sự")
                && menuUnderName(lines);
    }

    private static final Pattern SECTION_WORDS = UnicodeRegex.compile(UNCASED_WORD + "(?: " + UNCASED_WORD + "){0,2}");

    private static int afterMenuBlock(PageLines lines) {
        int after = 2;
        while (after < lines.size() && lines.sameBlock(1, after)) {
            after++;
        }
        return after;
    }

    /**
     * The page's second line, five or more single words each capitalised or caseless, no digit or mark, in the first block
     * with the site's name, one of its words repeated alone right under the block, over the headline ("Kaleva" / "Uutiset
     * Oulu Pohjois-Suomi Urheilu ..." / "Oulu"): the menu, its current item marked again as the section.
     */
    static boolean itemRepeatedUnder(PageLines lines) {
        int after = afterMenuBlock(lines);
        if (after + 1 >= lines.size() || !lines.sameBlock(0, 1) || lines.sameBlock(after, after + 1)) {
            return false;
        }
        String[] words = lines.get(1).strip().split("\\s+");
        String label = lines.get(after).strip();
        return words.length >= 5 && Arrays.stream(words).allMatch(w -> capitalOrCaseless(w) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-'))
                && Arrays.asList(words).contains(label);
    }

    /** A word opening with a capital, or in a script without case (Arabic, Hebrew, Devanagari, Tamil): it may be an item. */
    private static boolean capitalOrCaseless(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isLetter(first) && !NameCase.opensInLowerCase(word) && !Character.isTitleCase(first);
    }
}
