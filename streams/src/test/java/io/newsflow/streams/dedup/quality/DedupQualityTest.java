package io.newsflow.streams.dedup.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.fingerprint.BodyNormalizer;
import io.newsflow.streams.fingerprint.Fingerprinter;
import io.newsflow.streams.fingerprint.SimHash;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of deduplication on labelled pairs generated from the corpus under
 * {@code dedup-corpus/}. Prints the figures for the defaults and for the alternatives measured
 * when choosing them (docs/dedup.md records the table).
 */
class DedupQualityTest {

    private static List<CorpusArticle> corpus;
    private static List<LabelledPair> pairs;

    @BeforeAll
    static void generate() {
        corpus = CorpusArticle.loadAll();
        pairs = PairGenerator.generate(corpus);
    }

    @Test
    void shouldHaveAVariedCorpusWhenLoaded() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        assertThat(corpus).allSatisfy(a -> assertThat(a.wordCount()).isBetween(280, 750));
        assertThat(corpus.stream().map(CorpusArticle::event).distinct().count()).isGreaterThanOrEqualTo(20);
        assertThat(pairs.stream().filter(LabelledPair::duplicate).count()).isEqualTo(8L * corpus.size());
        assertThat(pairs.stream().filter(p -> p.kind().equals("same-event")).count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void shouldReachPrecisionAndRecallTargetsWhenUsingDefaults() {
        DedupConfig config = DedupConfig.defaults();
        QualityEvaluator.Scores s = QualityEvaluator.evaluate(pairs, new Fingerprinter(),
                config.maxHammingDistance(), config.minSimilarity(), config.strongSimilarity());
        System.out.printf("dedup quality at k=%d, min similarity %.2f, %s: precision %.4f recall %.4f "
                        + "(tp=%d fp=%d fn=%d tn=%d over %d pairs)%n  %s%n  MinHash similarity: lowest near-duplicate %.2f, "
                        + "highest negative %.2f%n",
                config.maxHammingDistance(), config.minSimilarity(), new SimHash(), s.precision(), s.recall(),
                s.tp(), s.fp(), s.fn(), s.tn(), pairs.size(), s.perKindLine(), s.minPositiveSimilarity(),
                s.maxNegativeSimilarity());
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void shouldPrintTheMeasuredAlternativesWhenComparingFingerprints() {
        int k = DedupConfig.DEFAULT_MAX_HAMMING_DISTANCE;
        System.out.println("shingle words weighting | SimHash<=k P / R | +MinHash>=0.3 P / R | +beyond k if MinHash>=0.5 P / R | block collisions");
        for (int variant = 0; variant < 6; variant++) {
            int shingle = 1 + variant % 3;
            boolean contentOnly = variant >= 3;
            for (SimHash.Weighting w : SimHash.Weighting.values()) {
                Fingerprinter f = new Fingerprinter(new BodyNormalizer(), new SimHash(shingle, w, contentOnly));
                QualityEvaluator.Scores alone = QualityEvaluator.evaluate(pairs, f, k, 0.0, 2.0);
                QualityEvaluator.Scores checked3 = QualityEvaluator.evaluate(pairs, f, k, 0.3, 2.0);
                QualityEvaluator.Scores checked5 = QualityEvaluator.evaluate(pairs, f, k, 0.3, 0.5);
                System.out.printf("%d %s %-10s| %.3f / %.3f   | %.3f / %.3f       | %.3f / %.3f                   | %.4f%n", shingle,
                        contentOnly ? "content" : "all    ", w,
                        alone.precision(), alone.recall(), checked3.precision(), checked3.recall(),
                        checked5.precision(), checked5.recall(), alone.blockCollisionRate());
                System.out.println("    " + checked5.perKindLine());
            }
        }
        assertThat(pairs).isNotEmpty();
    }
}
