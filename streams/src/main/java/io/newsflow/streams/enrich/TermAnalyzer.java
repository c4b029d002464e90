package io.newsflow.streams.enrich;

import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Turns words into index terms the way a Lucene analyzer for the language would: lower case,
 * Lucene's Snowball stop words removed, Snowball stem. Words shorter than three letters and
 * words with digits are not terms. Not thread-safe (the stemmer holds state): one per article.
 */
public final class TermAnalyzer {

    private final Set<String> stopWords;
    private final SnowballStemmer stemmer;

    /** An analyzer for the ISO 639-1 language (English when unknown). */
    public TermAnalyzer(String language) {
        Languages.Language lang = Languages.get(language);
        this.stopWords = lang.stopWords();
        this.stemmer = lang.stemmers().get();
    }

    /** The lower-case form of a word if it is a term candidate, else null. */
    public String normalise(String word) {
        if (word.length() < 3) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return null;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return stopWords.contains(lower) || lower.length() < 3 ? null : lower;
    }

    /** The Snowball stem of a normalised word. */
    public String stem(String normalised) {
        stemmer.setCurrent(normalised);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
