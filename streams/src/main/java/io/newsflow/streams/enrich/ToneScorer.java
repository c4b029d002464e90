package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Scores tone with newsflow's own English lexicon ({@code tone-lexicon-en.txt}: about 400 news
 * words weighted -3..+3, matched by Snowball stem). A negator in the two words before a hit
 * ("not", "no", "never", "without") flips it. Other languages have no lexicon yet, so their
 * tone is null rather than a misleading zero.
 */
public final class ToneScorer {

    /** The lexicon's version, reported in provenance. */
    public static final String LEXICON_VERSION = "newsflow-tone-en-1";

    private static final WordSet NEGATORS = WordSet.of("not", "no", "never", "without", "nor", "neither", "hardly");

    /** Weight by Snowball stem; immutable, shared. */
    private static final Map<String, Integer> WEIGHTS = load();

    /** Whether a lower-case word negates a tone word up to two words after it. */
    static boolean isNegator(String lower) {
        return NEGATORS.contains(lower);
    }

    /** The lexicon weight of a lower-case word (0 for none); {@link Word} memoises it per token. */
    static int lexiconWeight(String lower) {
        return WEIGHTS.getOrDefault(Stems.of("en").stem(lower), 0);
    }

    /** Tone of the running text (lead and paragraphs) and headings, or null when not English. */
    public Tone score(ArticleText text, String language) {
        if (!"en".equals(language)) {
            return null;
        }
        int words = 0;
        int positive = 0;
        int negative = 0;
        int weighted = 0;
        for (Paragraph p : text.paragraphs()) {
            boolean negated1 = false; // the word before is a negator
            boolean negated2 = false; // the word two before is
            Tokens tokens = p.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Word word = tokens.word(i);
                words++;
                int weight = word.tone();
                if (weight != 0) {
                    int w = negated1 || negated2 || word.lower().endsWith("n't") ? -weight : weight;
                    if (w > 0) {
                        positive++;
                    } else {
                        negative++;
                    }
                    weighted += w;
                }
                negated2 = negated1;
                negated1 = word.negator();
            }
        }
        if (words == 0) {
            return new Tone(0, 0, 0);
        }
        return new Tone(round(100.0 * positive / words), round(100.0 * negative / words), round(100.0 * weighted / words));
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> map = new HashMap<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String line : DataFiles.lines("tone-lexicon-en.txt")) {
            String[] parts = line.split("\\s+");
            int weight = Integer.parseInt(parts[0].replace("+", ""));
            for (int i = 1; i < parts.length; i++) {
                map.put(stem(stemmer, parts[i].toLowerCase(Locale.ROOT)), weight);
            }
        }
        return Map.copyOf(map);
    }
}
