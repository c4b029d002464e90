package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF keywords. Term frequency is sublinear ({@code 1 + ln tf}) over the title (counted twice:
 * it names the subject), lead, paragraphs and headings; inverse document frequency is the smoothed
 * {@code ln((1 + N) / (1 + df)) + 1} from {@link DocumentFrequencies}, so with an empty store the
 * ranking is by frequency and it sharpens as the store learns. Each keyword is shown in its most
 * frequent surface form.
 */
public final class KeywordExtractor {

    /** Keywords best first, and the article's distinct stems (to count it in the frequencies). */
    public record Result(List<Keyword> keywords, Set<String> documentTerms) {
    }

    private final int limit;

    /** Keeps the {@code limit} best keywords. */
    public KeywordExtractor(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("keyword limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    public Result extract(ArticleText text, String language, DocumentFrequencies frequencies) {
        TermAnalyzer analyzer = new TermAnalyzer(language);
        Map<String, Stem> stems = new HashMap<>();
        count(text.title(), analyzer, stems, 2);
        for (Paragraph p : text.paragraphs()) {
            count(p, analyzer, stems, 1);
        }
        for (Paragraph h : text.headings()) {
            count(h, analyzer, stems, 1);
        }
        double n = frequencies.documentCount();
        List<Keyword> keywords = new ArrayList<>(stems.size());
        for (Map.Entry<String, Stem> e : stems.entrySet()) {
            double idf = Math.log((1 + n) / (1 + frequencies.documentFrequency(e.getKey()))) + 1;
            double score = (1 + Math.log(e.getValue().count)) * idf;
            keywords.add(new Keyword(e.getValue().bestForm(), Math.round(score * 10_000) / 10_000.0));
        }
        keywords.sort(Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::term));
        return new Result(List.copyOf(keywords.subList(0, Math.min(limit, keywords.size()))), Set.copyOf(stems.keySet()));
    }

    private static void count(Paragraph p, TermAnalyzer analyzer, Map<String, Stem> stems, int weight) {
        for (Token t : p.tokens()) {
            String word = analyzer.normalise(t.text());
            if (word != null) {
                stems.computeIfAbsent(analyzer.stem(word), s -> new Stem()).add(word, weight);
            }
        }
    }

    /** Occurrences of one stem and of each surface form. */
    private static final class Stem {
        private final Map<String, Integer> forms = new HashMap<>(4);
        private int count;

        void add(String form, int weight) {
            count += weight;
            forms.merge(form, weight, Integer::sum);
        }

        String bestForm() {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> f : forms.entrySet()) {
                if (f.getValue() > bestCount || (f.getValue() == bestCount && f.getKey().compareTo(best) < 0)) {
                    best = f.getKey();
                    bestCount = f.getValue();
                }
            }
            return best;
        }
    }
}
