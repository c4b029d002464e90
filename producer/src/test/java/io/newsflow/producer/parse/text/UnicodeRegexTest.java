package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link UnicodeRegex}: a word boundary that sees every script's letters, as JDK 17's did and JDK 19's no longer does
 * (there {@code \b} follows the ASCII {@code \w}); these tests pass on either JDK only through the rewrite. A non-word
 * character ({@code \W}) is every script's too.
 */
class UnicodeRegexTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void shouldFindAWordBetweenBoundariesWhenItsLettersAreNotAscii() {
        assertThat(UnicodeRegex.compile("^(?:läs också|czytaj też)\\b", FLAGS).matcher("Läs också: Trängsel i Malmö").find()).isTrue();
        assertThat(UnicodeRegex.compile("\\b(?:czytaj też)\\b", FLAGS).matcher("Czytaj też").find()).isTrue();
        assertThat(UnicodeRegex.compile("\\b(?:الثلاثاء)\\b").matcher("الثلاثاء 11 جمادى الآخرة").find()).isTrue();
    }

    @Test
    void shouldDropAnArabicSitesPleaWhenItsPatternHasABoundaryAfterAnArabicWord() {
        // SitePointers compiled its pattern without the rewrite: on JDK 19 and later this plea stayed in the text
        assertThat(JunkLineDetector.isJunk("تابع آخر الأخبار عبر تطبيق اليوم السابع")).isTrue();
    }

    @Test
    void shouldFindNoBoundaryWhenANonAsciiLetterContinuesTheWord() {
        assertThat(UnicodeRegex.compile("\\bpublié\\b", FLAGS).matcher("republié").find()).isFalse();
        assertThat(UnicodeRegex.compile("\\bmal\\b", FLAGS).matcher("Malmö").find()).isFalse(); // "ö" is a letter too
    }

    @Test
    void shouldCountAMarkAsPartOfItsWordWhenAScriptWritesVowelsAsMarks() {
        assertThat(UnicodeRegex.compile("\\bसमाचार\\b").matcher("ताज़ा समाचार").find()).isTrue();
        assertThat(UnicodeRegex.compile("\\bताज\\b").matcher("ताज़ा समाचार").find()).isFalse(); // the nukta is a mark of "ज"
    }

    @Test
    void shouldLeaveOtherBackslashesWhenRewritingBoundaries() {
        assertThat(UnicodeRegex.boundaries("a\\\\b")).isEqualTo("a\\\\b"); // an escaped backslash, then "b"
        assertThat(UnicodeRegex.boundaries("[\\b]x")).isEqualTo("[\\b]x"); // a backspace in a class
        assertThat(UnicodeRegex.boundaries("\\Qa\\bc\\E")).isEqualTo("\\Qa\\bc\\E"); // a quoted literal
        assertThat(UnicodeRegex.boundaries("\\d+\\b")).isEqualTo("\\d+" + UnicodeRegex.BOUNDARY);
        assertThat(UnicodeRegex.boundaries("no boundary")).isEqualTo("no boundary");
    }

    @Test
    void shouldTakeOnlyMarksAsLeadingMarksWhenALineOpensWithLettersOfAnotherScript() {
        Pattern prompt = UnicodeRegex.compile("^\\W*subscribe\\b", FLAGS);
        assertThat(prompt.matcher("« Subscribe now").find()).isTrue();
        assertThat(prompt.matcher("— ★ subscribe").find()).isTrue();
        // Java's own \W is ASCII's: it ran over the Russian words and found the prompt inside the sentence
        assertThat(prompt.matcher("Подписка subscribe оформлена").find()).isFalse();
        assertThat(prompt.matcher("Ελλάδα subscribe").find()).isFalse();
    }

    @Test
    void shouldRewriteANonWordCharacterOnlyOutsideClassesAndQuotes() {
        assertThat(UnicodeRegex.boundaries("^\\W*x")).isEqualTo("^" + UnicodeRegex.NON_WORD + "*x");
        assertThat(UnicodeRegex.boundaries("[\\W]x")).isEqualTo("[\\W]x");
        assertThat(UnicodeRegex.boundaries("\\Q\\W\\E")).isEqualTo("\\Q\\W\\E");
        assertThat(UnicodeRegex.boundaries("a\\\\W")).isEqualTo("a\\\\W"); // an escaped backslash, then "W"
    }

    @Test
    void shouldMatchAsAFullBoundaryWhenABoundaryBeforeALetterIsWrittenInItsCheaperForm() {
        assertThat(UnicodeRegex.boundaries("\\bnews")).startsWith("(?=n)(?<!").doesNotContain(UnicodeRegex.BOUNDARY);
        assertThat(UnicodeRegex.boundaries("\\bs?x")).isEqualTo(UnicodeRegex.BOUNDARY + "s?x"); // the letter may be absent
        assertThat(UnicodeRegex.boundaries("\\b(?:a|b)")).isEqualTo(UnicodeRegex.BOUNDARY + "(?:a|b)");
        Pattern news = UnicodeRegex.compile("\\bnews\\b", FLAGS);
        assertThat(news.matcher("Fake NEWS today").find()).isTrue();
        assertThat(news.matcher("«news»").find()).isTrue();
        assertThat(news.matcher("Renews").find()).isFalse();
        assertThat(news.matcher("Ωnews").find()).isFalse(); // a Greek letter before it
        assertThat(news.matcher("_news").find()).isFalse();
    }
}
