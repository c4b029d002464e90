package io.newsflow.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchVerifierTest {

    private final MatchVerifier verifier = new MatchVerifier(DedupConfig.defaults());
    private final String text = Candidates.words(0, 400);

    @Test
    void shouldMatchExactlyWhenContentHashesAreEqual() {
        Candidate a = Candidates.withHash("a", 1, "h");
        Candidate b = Candidates.withHash("b", 2, "h");
        assertThat(verifier.verify(b, a)).hasValueSatisfying(m -> {
            assertThat(m.method()).isEqualTo(Method.EXACT);
            assertThat(m.similarity()).isEqualTo(1.0);
        });
    }

    @Test
    void shouldNeverMatchWhenSameArticleId() {
        assertThat(verifier.verify(Candidates.withHash("a", 1, "h"), Candidates.withHash("a", 2, "h"))).isEmpty();
    }

    @Test
    void shouldMatchNearWhenWithinKAndShinglesOverlap() {
        Candidate a = Candidates.of("a", 1, 0L, text);
        Candidate b = Candidates.of("b", 2, 0b111L, text + " one extra sentence");
        assertThat(verifier.verify(b, a)).hasValueSatisfying(m -> {
            assertThat(m.method()).isEqualTo(Method.NEAR);
            assertThat(m.hammingDistance()).isEqualTo(3);
        });
    }

    @Test
    void shouldRejectWhenWithinKButShinglesDiffer() {
        Candidate a = Candidates.of("a", 1, 0L, text);
        Candidate b = Candidates.of("b", 2, 0b1L, Candidates.words(1000, 1400));
        assertThat(verifier.verify(b, a)).isEmpty();
    }

    @Test
    void shouldMatchBeyondKOnlyWhenABlockIsSharedAndShinglesMostlyAgree() {
        Candidate a = Candidates.of("a", 1, 0L, text);
        Candidate sharesBlock = Candidates.of("b", 2, 0xFFL, Candidates.words(0, 360));
        Candidate sharesNoBlock = Candidates.of("c", 2, 0x0001_0001_0001_0001L, Candidates.words(0, 360));
        Candidate weakOverlap = Candidates.of("d", 2, 0xFFL, Candidates.words(0, 150) + Candidates.words(2000, 2250));
        assertThat(verifier.verify(sharesBlock, a)).isPresent();
        assertThat(verifier.verify(sharesNoBlock, a)).isEmpty();
        assertThat(verifier.verify(weakOverlap, a)).isEmpty();
        assertThat(new MatchVerifier(3, 0.3, 1.01).verify(sharesBlock, a)).isEmpty();
    }
}
