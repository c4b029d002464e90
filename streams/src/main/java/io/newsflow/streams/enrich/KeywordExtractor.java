package io.newsflow.streams.enrich;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * TF-IDF keywords. Term frequency is sublinear ({@code 1 + ln tf}) over the title (counted twice:
 * it names the subject), lead, paragraphs and headings; inverse document frequency is the smoothed
 * {@code ln((1 + N) / (1 + df)) + 1} from {@link DocumentFrequencies}, so with an empty store the
 * ranking is by frequency and it sharpens as the store learns. A keyword is shown in the first
 * surface form the article uses for its stem. Only the best {@code limit} are kept (a bounded heap,
 * not a sort of every term).
 */
public final class KeywordExtractor {

    /** Keywords best first, and the article's distinct stems (to count it in the frequencies). */
    public record Result(List<Keyword> keywords, Set<String> documentTerms) {
    }

    private static final Comparator<Keyword> BEST_LAST =
            Comparator.comparingDouble(Keyword::score).thenComparing(Keyword::term, Comparator.reverseOrder());

    /** {@code Math.log(i)} for small counts, the same values without a call per term. */
    private static final double[] LOG = new double[64];

    static {
        for (int i = 1; i < LOG.length; i++) {
            LOG[i] = Math.log(i);
        }
    }

    /** Document frequencies below this have their idf memoised per article ({@link #idf}). */
    private static final int IDF_MEMO = 256;

    /** Per-thread, reused: counting allocates nothing once warm. */
    private static final ThreadLocal<StemCounts> STEM_COUNTS = ThreadLocal.withInitial(StemCounts::new);

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
        // each token's stem, memoised on its Word (one field read once warm), counted straight away: stop words and
        // words that are no term in the language are skipped from the Word's bits, with no string touched
        StemCounts stems = STEM_COUNTS.get();
        stems.reset();
        int languageBit = analyzer.languageBit();
        count(text.title(), analyzer, stems, 2, languageBit);
        for (Paragraph p : text.paragraphs()) {
            count(p, analyzer, stems, 1, languageBit);
        }
        for (Paragraph h : text.headings()) {
            count(h, analyzer, stems, 1, languageBit);
        }
        double n = frequencies.documentCount();
        // df >= 0, so no term scores above its tf times this: once the heap is full, a stem whose bound is
        // below the heap's least score needs no frequency lookup (a state store's get in the topology). The
        // heap orders by score then term, so the result does not depend on the order the stems are visited in:
        // the stems said more than once go first, so the heap is full of good scores before the many said once
        // are weighed. (Those are ruled out only when the ten best beat a once-said stem's bound, which in the
        // benchmark's sixteen-document store none do: every stem there is looked up.)
        double maxIdf = Math.log(1 + n) + 1;
        PriorityQueue<Keyword> best = new PriorityQueue<>(limit + 1, BEST_LAST);
        double[] idfOfDf = new double[IDF_MEMO];
        weigh(stems, true, n, maxIdf, frequencies, best, idfOfDf);
        weigh(stems, false, n, maxIdf, frequencies, best, idfOfDf);
        // the heap gives its least first: polled into the array from its end, the best come first, with no sort (a
        // profile put 1.6 % of enrichment in sorting the ten with a reversed comparator; measured in one JVM, 1.00-1.02x)
        Keyword[] keywords = new Keyword[best.size()];
        for (int i = keywords.length - 1; i >= 0; i--) {
            keywords[i] = best.poll();
        }
        return new Result(List.of(keywords), stems.stemSet());
    }

    /** Offers the stems said more than once ({@code repeated}) or once to the heap of the best. */
    private void weigh(StemCounts stems, boolean repeated, double n, double maxIdf, DocumentFrequencies frequencies,
                       PriorityQueue<Keyword> best, double[] idfOfDf) {
        double onceBound = round(maxIdf); // a stem said once: tf is 1
        for (int i = 0; i < stems.size(); i++) {
            int count = stems.count(i);
            if (count > 1 != repeated) {
                continue;
            }
            double tf = 1 + (count < LOG.length ? LOG[count] : Math.log(count));
            if (best.size() >= limit && (count == 1 ? onceBound : round(tf * maxIdf)) < best.peek().score()) {
                continue;
            }
            double idf = idf(n, frequencies.documentFrequency(stems.stem(i)), idfOfDf);
            double score = round(tf * idf);
            if (best.size() < limit || score >= best.peek().score()) {
                best.add(new Keyword(stems.form(i), score));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
    }

    /**
     * The smoothed idf of a document frequency. Most of an article's stems share a few small frequencies, so
     * the logarithm of each small one is taken once per article ({@code idfOfDf}: 0 until computed; an idf
     * is never 0 when df <= n, and a 0 is merely computed again).
     */
    private static double idf(double n, long df, double[] idfOfDf) {
        boolean memoised = df >= 0 && df < idfOfDf.length;
        if (memoised && idfOfDf[(int) df] != 0) {
            return idfOfDf[(int) df];
        }
        double idf = Math.log((1 + n) / (1 + df)) + 1;
        if (memoised) {
            idfOfDf[(int) df] = idf;
        }
        return idf;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** Counts the stems of the paragraph's words but those that are no term in the language: half of a text's tokens are stop words. */
    private static void count(Paragraph p, TermAnalyzer analyzer, StemCounts stems, int weight, int languageBit) {
        Tokens tokens = p.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Word word = tokens.word(i);
            if ((word.notTermLanguages() & languageBit) == 0) {
                TermAnalyzer.Term term = analyzer.analyse(word);
                if (term.stem() != null) {
                    stems.add(term, weight);
                }
            }
        }
    }
}
