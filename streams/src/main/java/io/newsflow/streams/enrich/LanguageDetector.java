package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses an article's language from its function words: each word is looked up once in a map
 * from word to the set (bit mask) of languages whose Snowball stop list holds it, and the
 * language with most hits wins. News text of a few sentences has dozens of function words, so
 * this is as accurate as a character n-gram model on articles and two orders of magnitude faster
 * (see docs/enrichment.md). Short or stop-word-free texts yield no language.
 */
public final class LanguageDetector {

    /** A guess: ISO 639-1 code (null when unknown) and confidence in [0, 1]. */
    public record Guess(String language, double confidence) {
    }

    private static final int MAX_WORDS = 250;
    private static final int MIN_HITS = 3;

    private final List<Languages.Language> languages = Languages.all();
    private final Map<String, Integer> masks = new HashMap<>();

    /** Builds the word-to-languages map from Lucene's stop lists. */
    public LanguageDetector() {
        for (int i = 0; i < languages.size(); i++) {
            for (String word : languages.get(i).stopWords()) {
                masks.merge(word, 1 << i, (a, b) -> a | b);
            }
        }
    }

    /** Detects the language of the given paragraphs, reading at most the first 250 words. */
    public Guess detect(List<Paragraph> paragraphs) {
        int[] hits = new int[languages.size()];
        int seen = 0;
        int total = 0;
        outer:
        for (Paragraph p : paragraphs) {
            for (Token t : p.tokens()) {
                if (++seen > MAX_WORDS) {
                    break outer;
                }
                Integer mask = masks.get(t.lower());
                if (mask == null) {
                    continue;
                }
                total++;
                for (int m = mask, i = 0; m != 0; m >>>= 1, i++) {
                    if ((m & 1) != 0) {
                        hits[i]++;
                    }
                }
            }
        }
        int best = 0;
        int second = 0;
        for (int i = 1; i < hits.length; i++) {
            if (hits[i] > hits[best]) {
                best = i;
            }
        }
        for (int i = 0; i < hits.length; i++) {
            if (i != best && hits[i] > second) {
                second = hits[i];
            }
        }
        if (hits[best] < MIN_HITS) {
            return new Guess(null, 0.0);
        }
        // margin over the runner-up, damped for texts with few function words
        double margin = (hits[best] - second) / (double) hits[best];
        double support = Math.min(1.0, total / 10.0);
        double confidence = Math.round(Math.min(1.0, 0.5 + 0.5 * margin) * support * 1000) / 1000.0;
        return new Guess(languages.get(best).code(), confidence);
    }
}
