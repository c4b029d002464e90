package io.newsflow.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SpaceSavingTest {

    @Test
    void shouldCountExactlyWhenDistinctTermsFitTheCapacity() {
        SpaceSaving summary = new SpaceSaving(10);
        for (String term : List.of("a", "b", "a", "c", "a", "b")) {
            summary.add(term);
        }
        assertThat(summary.top(2)).containsExactly(new SpaceSaving.Counter("a", 3, 0), new SpaceSaving.Counter("b", 2, 0));
        assertThat(summary.total()).isEqualTo(6);
        assertThat(summary.size()).isEqualTo(3);
    }

    @Test
    void shouldReplaceSmallestCounterAndCarryItsCountAsErrorWhenFull() {
        SpaceSaving summary = new SpaceSaving(2);
        summary.add("a");
        summary.add("a");
        summary.add("b");
        summary.add("c");   // evicts b (count 1): c starts at 2 with error 1

        assertThat(summary.counters()).containsExactly(new SpaceSaving.Counter("a", 2, 0), new SpaceSaving.Counter("c", 2, 1));
    }

    @Test
    void shouldKeepHeavyHittersWithinErrorBoundWhenStreamIsSkewedAndLong() {
        int capacity = 50;
        SpaceSaving summary = new SpaceSaving(capacity);
        Map<String, Long> truth = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // Zipf-like: term k with probability ~ 1/k over 5,000 terms
            int k = (int) Math.floor(Math.pow(5_000, random.nextDouble()));
            String term = "t" + k;
            summary.add(term);
            truth.merge(term, 1L, Long::sum);
        }
        long bound = summary.total() / capacity;
        assertThat(summary.size()).isEqualTo(capacity);
        for (SpaceSaving.Counter c : summary.counters()) {
            long actual = truth.getOrDefault(c.term(), 0L);
            assertThat(c.count()).isGreaterThanOrEqualTo(actual);
            assertThat(c.count() - c.error()).isLessThanOrEqualTo(actual);
            assertThat(c.error()).isLessThanOrEqualTo(bound);
        }
        truth.entrySet().stream().filter(e -> e.getValue() > bound)
            .forEach(e -> assertThat(summary.counters()).extracting(SpaceSaving.Counter::term).contains(e.getKey()));
        assertThat(summary.top(3)).extracting(SpaceSaving.Counter::term).containsExactly("t1", "t2", "t3");
    }

    @Test
    void shouldRestoreSameSummaryWhenBuiltFromItsState() {
        SpaceSaving summary = new SpaceSaving(3);
        List.of("x", "y", "x", "z", "w").forEach(summary::add);
        SpaceSaving restored = SpaceSaving.of(3, summary.total(), summary.counters());
        restored.add("x");
        summary.add("x");
        assertThat(restored.counters()).isEqualTo(summary.counters());
    }

    @Test
    void shouldRejectInvalidStateWhenRestoring() {
        assertThatThrownBy(() -> new SpaceSaving(0)).hasMessageContaining("capacity must be at least 1, got 0");
        assertThatThrownBy(() -> SpaceSaving.of(1, 2, List.of(new SpaceSaving.Counter("a", 1, 0), new SpaceSaving.Counter("b", 1, 0))))
            .hasMessageContaining("2 counters for capacity 1");
        assertThatThrownBy(() -> new SpaceSaving.Counter("a", 2, 2)).hasMessageContaining("counter of 'a' has count 2 and error 2");
    }

    @Test
    void shouldSumCountsExactlyWhenMergedPanesWereNeverFull() {
        SpaceSaving first = new SpaceSaving(5);
        List.of("a", "b", "a").forEach(first::add);
        SpaceSaving second = new SpaceSaving(5);
        List.of("a", "c").forEach(second::add);

        SpaceSaving merged = SpaceSavingMerge.merge(5, List.of(first, second));

        assertThat(merged.counters()).containsExactly(new SpaceSaving.Counter("a", 3, 0), new SpaceSaving.Counter("b", 1, 0),
            new SpaceSaving.Counter("c", 1, 0));
        assertThat(merged.total()).isEqualTo(5);
    }

    @Test
    void shouldKeepBoundsAndHeavyHittersWhenTwelveFullPanesAreMerged() {
        int capacity = 50;
        Map<String, Long> truth = new HashMap<>();
        List<SpaceSaving> panes = new java.util.ArrayList<>();
        Random random = new Random(5);
        for (int p = 0; p < 12; p++) {
            SpaceSaving pane = new SpaceSaving(capacity);
            for (int i = 0; i < 2_000; i++) {
                int k = (int) Math.floor(Math.pow(3_000, random.nextDouble()));
                String term = "t" + (p % 2 == 0 ? k : k + 7);   // the panes differ: the odd ones shift the ranking
                pane.add(term);
                truth.merge(term, 1L, Long::sum);
            }
            panes.add(pane);
        }

        SpaceSaving merged = SpaceSavingMerge.merge(capacity, panes);

        long bound = merged.total() / capacity;
        assertThat(merged.total()).isEqualTo(24_000);
        assertThat(merged.size()).isEqualTo(capacity);
        for (SpaceSaving.Counter c : merged.counters()) {
            long actual = truth.getOrDefault(c.term(), 0L);
            assertThat(c.count()).isGreaterThanOrEqualTo(actual);
            assertThat(c.count() - c.error()).isLessThanOrEqualTo(actual);
            assertThat(c.error()).isLessThanOrEqualTo(bound);
        }
        truth.entrySet().stream().filter(e -> e.getValue() > bound)
            .forEach(e -> assertThat(merged.counters()).extracting(SpaceSaving.Counter::term).contains(e.getKey()));
    }
}
