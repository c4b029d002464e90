package io.newsflow.producer.parse;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.text.DateExtractor;
import io.newsflow.producer.parse.text.DateExtractor.FoundDate;

/**
 * The page's language as the widest context of its date. A slashed date whose two numbers could both be the month
 * ("07/10/2024") is read month first, the US's order, unless its line says otherwise (a label, a word or a clock of a
 * day-first language). Only English pages write the month first, so once the whole story is known, a date that
 * was read month first for want of such a word is read day first again on a page that is plainly not in English:
 * written in another script, or in Latin letters with almost none of English's commonest words.
 *
 * <p>An English page keeps the month first unless it is written the British way ({@link CommonwealthEnglish}: "per
 * cent", "£", "centre" outnumbering "percent", "center"), as British, Irish, Indian and Australian pages are, which
 * write the day first.
 */
final class DayFirstPages {

    /** Words common in any English text and rare in the other Latin-script languages read ("of" is Dutch's "or", rarer). */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "that", "with", "said", "from", "which", "this",
            "by", "it", "its", "have", "has", "are", "were", "been", "was", "his", "her", "their", "who", "would");
    /** Fewer words than this tell nothing about a page's language. */
    private static final int MIN_WORDS = 8;
    /** A Latin-script text this long with under 1.5 % English words is in another language (English runs near 15 %). */
    private static final int MIN_LATIN_WORDS = 20;
    private static final int HOURS_IN_DAY = 24;

    private DayFirstPages() {
    }

    /**
     * The publication time, read day first if {@code asWritten} holds a slashed date read month first for want of a
     * cue and {@code pageText} (the story's title, lead and body) is not in English; otherwise {@code at} itself.
     */
    static Instant published(Instant at, String asWritten, String pageText) {
        if (at == null || asWritten == null || !DateExtractor.hasYear(asWritten)) {
            return at;
        }
        Optional<FoundDate> asRead = DateExtractor.find(asWritten);
        // the clock its line gives beside the date ("05/12/2026 · 09:30 AM"), kept when the date is read again
        Duration clock = asRead.isEmpty() ? null : Duration.between(asRead.get().instant(), at);
        if (clock == null || clock.abs().toHours() >= HOURS_IN_DAY) {
            return at; // the date came from elsewhere on its line, or its line already gave it its order
        }
        Instant dayFirst = DateExtractor.findOnDayFirstPage(asWritten).map(found -> found.instant().plus(clock)).orElse(at);
        // the page's words are read only when the order matters: for a slashed date whose two readings differ
        return !dayFirst.equals(at) && (otherThanEnglish(pageText) || CommonwealthEnglish.writes(pageText)
                || namesOnlyMonthOf(pageText, dayFirst, at)) ? dayFirst : at;
    }

    /**
     * Whether the story names the month of {@code chosen} and not that of {@code other}, the two readings of one slashed
     * date: "06/12/2026" over a story of talks that "run until December 16" is the 6th of December, not the 12th of June.
     */
    static boolean namesOnlyMonthOf(String pageText, Instant chosen, Instant other) {
        return namesMonth(pageText, chosen) && !namesMonth(pageText, other);
    }

    private static boolean namesMonth(String text, Instant at) {
        String month = at.atZone(ZoneOffset.UTC).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Pattern.compile("\\b" + month + "\\b").matcher(text).find(); // (capitalised: "may" is a verb)
    }

    /** Whether the text is plainly in a language other than English (too short a text is not). */
    static boolean otherThanEnglish(String text) {
        int words = 0;
        int latin = 0;
        int english = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            words++;
            if (Character.UnicodeScript.of(text.codePointAt(start)) == Character.UnicodeScript.LATIN) {
                latin++;
                if (i - start <= 5 && ENGLISH.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    english++;
                }
            }
        }
        if (words < MIN_WORDS) {
            return false;
        }
        if (latin * 2 < words) {
            return true; // Arabic, Cyrillic, Greek, Devanagari, ...: no page in them writes the month first
        }
        return latin >= MIN_LATIN_WORDS && english * 1000 < latin * 15;
    }
}
