package io.newsflow.streams.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String TEXT = "dockworkers in rotterdam walked off the job on monday morning and within hours the queue "
            + "of container ships waiting outside the maasvlakte terminals had grown to nineteen vessels the strike called "
            + "by the fnv union after talks with terminal operators collapsed over automation and night shift pay is the "
            + "largest stoppage at europes busiest port since 2019 shipping lines have begun diverting cargo to antwerp";

    private final SimHash simHash = new SimHash();

    @Test
    void shouldBeDeterministicAndZeroForNoWordsWhenHashing() {
        assertThat(simHash.of(Shingles.wordHashes(TEXT))).isEqualTo(simHash.of(Shingles.wordHashes(TEXT)));
        assertThat(simHash.of(new long[0])).isZero();
    }

    @Test
    void shouldStayCloseWhenOneWordChangesAndFarWhenTextDiffers() {
        String article = String.join(" ", io.newsflow.streams.dedup.quality.CorpusArticle.load("a01-wildfire-alentejo.txt").blocks())
                .toLowerCase(java.util.Locale.ROOT);
        long a = simHash.of(Shingles.wordHashes(article));
        long edited = simHash.of(Shingles.wordHashes(article.replace("overnight", "during the night")));
        long other = simHash.of(Shingles.wordHashes("the european central bank left its deposit rate unchanged at 3.75 "
                + "percent on thursday but gave its clearest signal yet that borrowing costs could start to fall in the "
                + "spring as inflation in the euro area continues to ease faster than policymakers had expected"));
        assertThat(SimHash.hammingDistance(a, edited)).isLessThanOrEqualTo(3);
        assertThat(SimHash.hammingDistance(a, other)).isGreaterThan(10);
    }

    @Test
    void shouldIgnoreFunctionWordsWhenContentWordsOnly() {
        long plain = simHash.of(Shingles.wordHashes("ships queue outside rotterdam terminals"));
        long withFunctionWords = simHash.of(Shingles.wordHashes("the ships queue outside of the rotterdam terminals"));
        assertThat(plain).isEqualTo(withFunctionWords);
    }

    @Test
    void shouldRejectShingleSizeWhenBelowOne() {
        assertThatThrownBy(() -> new SimHash(0, SimHash.Weighting.TF)).hasMessageContaining("shingle size").hasMessageContaining("0");
    }
}
