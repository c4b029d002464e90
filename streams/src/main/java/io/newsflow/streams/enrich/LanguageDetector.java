package io.newsflow.streams.enrich;

import java.util.List;

/**
 * Guesses an article's language from its function words: each token's {@link Word} carries the
 * set (bit mask) of languages whose Snowball stop list holds it, and the
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

    /** Detects the language of the given paragraphs, reading at most the first 250 words. */
    public Guess detect(List<Paragraph> paragraphs) {
        int[] hits = new int[languages.size()];
        int seen = 0;
        int total = 0;
        outer:
        for (Paragraph p : paragraphs) {
            Tokens tokens = p.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                if (++seen > MAX_WORDS) {
                    break outer;
                }
                int mask = tokens.word(k).stopLanguages();
                if (mask == 0) {
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
