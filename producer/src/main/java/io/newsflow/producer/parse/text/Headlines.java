package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The headline of a plain-text page: what reads as one, and how the first content line becomes the
 * title (with a section's label before it or the outlet's name after it split off).
 */
final class Headlines {
    private static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_TITLE_WORDS = 30;
    /** "Local News | Port of Tacoma approves ...": a headline after a section's label has at least this many words. */
    private static final int MIN_TITLE_AFTER_LABEL = 5;

    private Headlines() {
    }

    /** Whether a line reads as a headline: short, opening with a capital or a quote, not ending like a sentence. */
    /**
     * A headline may end with an abbreviation's full stop: "... iki 3 proc.", "Smith & Co.", "Acme Inc.", and a year's
     * after its number: "... до 2029 г." (Bulgarian and Russian), "2029 р." (Ukrainian), "2029 r." (Polish).
     */
    static final Pattern ABBREVIATED_END = Pattern.compile("(?iu).*(?:[\\s&](?:proc|mln|mlrd|mld|tys|tūkst|inc|ltd|corp|co|jr|sr|vs)"
            + "|\\d{4} (?:г|гг|р|r))\\.$");

    /**
     * How many words a line has: its space-separated parts, or for Chinese and Japanese, written without spaces, one word
     * for every two of their characters ("中国与东盟签署新版自由贸易协定" is a headline's length, not one word), and for
     * Thai, Lao, Myanmar and Khmer, which space only their phrases, one for every four letters
     * ("ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ย", "រដ្ឋាភិបាលអនុម័តថវិកាជាតិ").
     */
    static int words(String line) {
        String t = line.strip();
        int spaced = t.split("\\s+").length;
        int han = 0;
        int unspaced = 0;
        for (int k = 0; k < t.length(); k += Character.charCount(t.codePointAt(k))) {
            int c = t.codePointAt(k); // (below U+0E00 no Thai, kana or Han: most lines cost no script lookup)
            if (c >= 0x3040 && isHanOrKana(c)) {
                han++;
            } else if (unspacedScript(c) && Character.getType(c) == Character.OTHER_LETTER) {
                unspaced++;
            }
        }
        return Math.max(spaced, Math.max(han / 2, unspaced / UNSPACED_LETTERS_PER_WORD));
    }

    /** A Thai or Khmer word's letters on average, marks left out. */
    private static final int UNSPACED_LETTERS_PER_WORD = 4;

    /**
     * The Thai and Lao (U+0E00-0EFF), Tibetan (U+0F00-0FFF, its syllables parted by a tsheg, not a space), Myanmar
     * (U+1000-109F) and Khmer (U+1780-17FF) blocks, whose vowel signs are marks.
     */
    private static boolean unspacedScript(int c) {
        return c >= 0x0E01 && c <= 0x0FFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF;
    }

    private static boolean isHanOrKana(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Full stops of scripts without the Latin one, which end a sentence and no headline: "։", "।", "۔", "።", "။", "។". */
    static final String OTHER_FULL_STOPS = "\u0589\u0964\u06D4\u1362\u104B\u17D4";
    private static final Pattern OTHER_FULL_STOP_END = Pattern.compile(".*[" + OTHER_FULL_STOPS + "]$");

    static boolean isTitleLike(String line) {
        String t = line.strip();
        return t.length() <= MAX_TITLE_CHARS && words(t) <= MAX_TITLE_WORDS && !t.endsWith("。") && !OTHER_FULL_STOP_END.matcher(t).matches()
                && (!t.matches(".*\\p{Ll}[.,;:]$") || ABBREVIATED_END.matcher(t).matches() || t.endsWith(".") && titleCased(t))
                && !t.matches(".*[,;]$") && InlineBylines.of(t).isEmpty()
                && t.matches("^(?:[\\p{Lu}\\p{Lo}\\p{IsGeorgian}\\p{N}\"“‘'«¿¡]|[a-z]{1,2}[A-Z][a-z]).*"); // (scripts without case: "दिल्ली
        // में ...", "한국은행 ..."; a brand in lower camel case: "eBus fares in Nelson ...", "iPhone sales ...")
    }

    /** Words of four letters or more: a title-cased headline capitalises each of them. */
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");
    private static final int MIN_TITLE_CASED_WORDS = 4;

    /**
     * "A Hospital Chain Sued Thousands of Patients. Then the State Stepped In.": a headline of sentences, each of its
     * words of four letters or more capitalised, as no sentence of a story writes them.
     */
    private static boolean titleCased(String t) {
        List<String> words = LONG_WORD.matcher(t).results().map(m -> m.group()).toList();
        return words.size() >= MIN_TITLE_CASED_WORDS && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /**
     * Takes the headline from the first content line when it reads as one ("Section | Headline" and
     * "Headline | Outlet" split), else from the breadcrumb's last crumb.
     */
    static void take(ArticleDraft draft, List<String> content, String crumbTitle) {
        if (draft.title != null && !draft.title.isBlank() && !content.isEmpty() && !repeats(content.get(0), draft.title)) {
            return; // a file's own fields named the title (front matter): the text opens with its first paragraph, no headline
        }
        if (content.size() >= 2 && isTitleLike(content.get(0))) {
            String title = content.remove(0);
            String[] parts = title.split("\\s+\\|\\s+");
            if (parts.length == 2 && Outlets.looksLikeOutlet(parts[1]) && parts[1].split("\\s+").length <= 4) {
                title = parts[0];
                draft.offerSource(parts[1], TextArticleParser.TITLE_SUFFIX);
            } else if (parts.length == 2 && parts[1].split("\\s+").length >= MIN_TITLE_AFTER_LABEL) {
                Optional<Kicker> label = KickerDetector.detect(parts[0], parts[1]);
                if (label.isPresent()) {
                    title = parts[1]; // "Local News | Port of Tacoma approves ...": the section's label, then the headline
                    draft.offerSection(label.get().section());
                }
            }
            draft.title = title;
        } else if (crumbTitle != null && crumbTitle.split("\\s+").length >= 3) {
            draft.title = crumbTitle;
        }
    }

    /** Whether the line is the title again, but for case, marks and spacing ("# Old bridge closes to cars"). */
    private static boolean repeats(String line, String title) {
        return normalised(line).equals(normalised(title));
    }

    private static String normalised(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
