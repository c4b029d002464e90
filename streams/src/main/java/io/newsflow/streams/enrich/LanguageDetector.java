package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses an article's language from its function words: each token's {@link Word} carries the
 * set (bit mask) of languages whose Snowball stop list holds it (plus a few frequent words the lists
 * leave out, and the article elided in "l'opposition"), and the language with most hits wins. News text of a few sentences has dozens of function words, so
 * this is as accurate as a character n-gram model on articles and two orders of magnitude faster
 * (see docs/enrichment.md). Short or stop-word-free texts yield no language.
 */
public final class LanguageDetector {

    /** A guess: ISO 639-1 code (null when unknown) and confidence in [0, 1]. */
    public record Guess(String language, double confidence) {
    }

    /**
     * Frequent function words the Snowball stop lists leave out, for detection only (keywords keep
     * the lists as they are): French "a" ("il a déclaré") and "selon", which Spanish and Italian
     * lists would otherwise outvote on a short French text, Spanish "según", German "seit", Danish "så" ...
     */
    private static final Map<String, List<String>> CUES = Map.of(
            "fr", List.of("a", "depuis", "selon", "après", "lors", "dont", "été", "aussi", "plus", "très", "sous", "vers",
                    "chez", "contre", "déjà", "ainsi", "alors", "encore"),
            "es", List.of("según", "tras", "hacia", "además", "aunque", "después", "ya", "hoy"),
            "de", List.of("seit", "wurde", "wurden", "worden", "laut", "sowie", "bereits"),
            "it", List.of("dopo", "secondo", "stato", "stata", "già", "ancora", "oggi"),
            "nl", List.of("volgens", "sinds", "werden", "worden", "nog", "al"),
            "pt", List.of("segundo", "após", "também", "ainda", "já", "foi", "hoje"),
            // Danish shares these with Norwegian, whose Snowball list alone holds them, so a Danish text lost to it;
            // and the words each writes its own way ("siger" and "sier", "mere" and "mer", "omkring" and "rundt")
            "da", List.of("så", "hver", "kan", "ved", "bare", "både", "fordi", "siden", "før", "ingen", "samme",
                    "siger", "sagde", "uden", "mellem", "mere", "omkring"),
            "no", List.of("sier", "rundt", "mer", "mye"));
    private static final Map<String, Integer> CUE_LANGUAGES = cueLanguages();
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
                Word word = tokens.word(k);
                // an elided article ("l'opposition", "dell'Ambiente") is a function word of its own
                total += vote(hits, word.stopLanguages() | word.cueLanguages()) + vote(hits, word.elidedStops());
            }
        }
        return guess(hits, total);
    }

    /** The languages (bits of {@link Languages#all()}) for which a lower-case word is a detection cue beyond its stop list. */
    static int cues(String lower) {
        return CUE_LANGUAGES.getOrDefault(lower, 0);
    }

    private static Map<String, Integer> cueLanguages() {
        Map<String, Integer> map = new HashMap<>();
        CUES.forEach((code, words) -> words.forEach(w -> map.merge(w, 1 << Languages.index(code), (a, b) -> a | b)));
        return Map.copyOf(map);
    }

    /** Counts a function word for each language of the mask; 1 when it counted, else 0. */
    private static int vote(int[] hits, int mask) {
        for (int m = mask, i = 0; m != 0; m >>>= 1, i++) {
            if ((m & 1) != 0) {
                hits[i]++;
            }
        }
        return mask == 0 ? 0 : 1;
    }

    private Guess guess(int[] hits, int total) {
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
