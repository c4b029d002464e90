package io.newsflow.streams.enrich;

import java.util.Set;

/**
 * Turns words into index terms the way a Lucene analyzer for the language would: lower case,
 * Lucene's Snowball stop words (plus a few English news words) removed, Snowball stem. Words shorter than three letters and
 * words with digits are not terms. Thread-safe.
 */
public final class TermAnalyzer {

    /** News boilerplate that Snowball's lists keep: modal verbs, reporting verbs, units. */
    private static final WordSet NEWS_STOP_WORDS = WordSet.of("will", "would", "could", "should", "might", "must",
            "can", "may", "also", "said", "says", "say", "told", "percent", "per", "cent", "mrs", "one", "two",
            "three", "however", "since", "still", "even", "like", "many", "much", "well", "yet");

    /**
     * A word's analysis in one language ({@link Languages#index}): its normalised form and stem,
     * both null when it is not a term, and the stem's hash (counting stems then reads no string).
     */
    public record Term(String normalised, String stem, int stemHash, int language) {
    }

    private final Set<String> stopWords;
    private final Stems stems;
    private final int index;
    private final Term notATerm;

    /** An analyzer for the ISO 639-1 language (English when unknown). */
    public TermAnalyzer(String language) {
        Languages.Language lang = Languages.get(language);
        this.stopWords = lang.stopWords();
        this.stems = Stems.of(lang.code());
        this.index = Languages.index(lang.code());
        this.notATerm = new Term(null, null, 0, index);
    }

    /** The lower-case form of a word (given in lower case) if it is a term candidate, else null. */
    public String normalise(String lower) {
        if (!termShape(lower)) {
            return null;
        }
        if (possessive(lower)) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return stopWords.contains(lower) || NEWS_STOP_WORDS.contains(lower) || lower.length() < 3 ? null : lower;
    }

    /**
     * Bits of the languages ({@link Languages#index}) in which the lower-case word is certainly no
     * term, whatever its stem: too short, not a word's letters, or a stop word. Keyword counting
     * skips such tokens before counting them; a possessive is left to {@link #normalise}, which
     * judges it without its "'s".
     */
    static int notTermLanguages(String lower, int stopLanguages) {
        if (!termShape(lower)) {
            return -1;
        }
        return possessive(lower) ? 0 : NEWS_STOP_WORDS.contains(lower) ? -1 : stopLanguages;
    }

    /** The bit of this analyzer's language in {@link #notTermLanguages}. */
    int languageBit() {
        return 1 << index;
    }

    private static boolean termShape(String lower) {
        if (lower.length() < 3) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("\u2019s");
    }

    /** Normalised form and stem of a lower-case word in one step. */
    public Term analyse(String lower) {
        return analyseUncached(lower);
    }

    /** The term of a word, memoised on its {@link Word}: one field read once warm. */
    Term analyse(Word word) {
        return word.term(index, this);
    }

    Term analyseUncached(String lower) {
        String normalised = normalise(lower);
        if (normalised == null) {
            return notATerm;
        }
        String stem = stems.stem(normalised);
        return new Term(normalised, stem, stem.hashCode(), index);
    }

    /** The Snowball stem of a normalised word. */
    public String stem(String normalised) {
        return stems.stem(normalised);
    }
}
