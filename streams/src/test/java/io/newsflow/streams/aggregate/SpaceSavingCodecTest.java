package io.newsflow.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SpaceSavingCodecTest {

    @Test
    void shouldRestoreSameCountersWhenEncodedAndDecoded() {
        SpaceSaving summary = new SpaceSaving(3);
        List.of("Zürich", "x", "Zürich", "日本", "w", "x").forEach(summary::add);

        SpaceSaving decoded = SpaceSavingCodec.decode(SpaceSavingCodec.encode(summary));

        assertThat(decoded.unordered()).isEqualTo(summary.unordered());
        assertThat(decoded.total()).isEqualTo(6);
        assertThat(decoded.capacity()).isEqualTo(3);
    }

    @Test
    void shouldEqualDecodedSummaryUpdateWhenTermsAreAddedToTheBytes() {
        // a skewed stream of articles of up to ten terms, with non-ASCII terms, through a small summary: many evictions
        Random random = new Random(11);
        SpaceSaving summary = new SpaceSaving(20);
        byte[] bytes = SpaceSavingCodec.empty(20);
        for (int article = 0; article < 2_000; article++) {
            List<String> terms = new ArrayList<>();
            for (int t = random.nextInt(11); t > 0; t--) {
                int k = (int) Math.floor(Math.pow(300, random.nextDouble()));
                terms.add(k % 3 == 0 ? "Ωmega-" + k : "t" + k);
            }
            terms.forEach(summary::add);
            bytes = SpaceSavingCodec.add(bytes, terms);
        }
        SpaceSaving updated = SpaceSavingCodec.decode(bytes);
        assertThat(updated.unordered()).isEqualTo(summary.unordered());
        assertThat(updated.total()).isEqualTo(summary.total());
    }

    @Test
    void shouldNameTheProblemWhenBytesAreNotASummary() {
        assertThatThrownBy(() -> SpaceSavingCodec.decode(new byte[] {9, 1}))
            .hasMessageContaining("Invalid Space-Saving summary of 2 bytes: unknown format 9");
        byte[] truncated = SpaceSavingCodec.encode(summaryOf("abc"));
        assertThatThrownBy(() -> SpaceSavingCodec.add(java.util.Arrays.copyOf(truncated, truncated.length - 3), List.of("x")))
            .hasMessageContaining("Invalid Space-Saving summary of " + (truncated.length - 3) + " bytes");
    }

    private static SpaceSaving summaryOf(String term) {
        SpaceSaving summary = new SpaceSaving(2);
        summary.add(term);
        return summary;
    }
}
