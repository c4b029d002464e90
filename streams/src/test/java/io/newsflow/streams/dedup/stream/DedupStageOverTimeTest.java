package io.newsflow.streams.dedup.stream;

import static io.newsflow.streams.dedup.stream.DedupTopologyFixture.copy;
import static io.newsflow.streams.dedup.stream.DedupTopologyFixture.original;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.DedupDecisionKind;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.dedup.quality.CorpusArticle;
import io.newsflow.streams.dedup.quality.PairGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup stage over time: an article whose body changes under its id is a revision, one ingested
 * again unchanged a duplicate of itself, input out of order ends in the same decisions (marked as
 * corrections), and copies of an original beyond the horizon are unique. Copies of an article:
 * {@link DedupStageTest}.
 */
class DedupStageOverTimeTest {

    private static final Instant T0 = Instant.parse("2025-10-07T08:00:00Z");

    private final Path stateDir;

    @AutoClose
    private DedupTopologyFixture fx;

    DedupStageOverTimeTest(@TempDir Path stateDir) {
        this.stateDir = stateDir;
        fx = new DedupTopologyFixture(stateDir, DedupConfig.defaults());
    }

    private Set<String> pairs(List<DuplicateDetected> events) {
        return events.stream().map(e -> e.getArticleId() + "->" + e.getDuplicateOf() + ":" + e.getMethod()).collect(Collectors.toSet());
    }

    private static java.util.Collection<DuplicateDetected> lastPerArticle(List<DuplicateDetected> events) {
        java.util.Map<String, DuplicateDetected> last = new java.util.LinkedHashMap<>();
        events.forEach(e -> last.put(e.getArticleId(), e));
        return last.values();
    }

    @Test
    void shouldPublishRevisionWithPreviousHashWhenSameArticleIdChangesBody() {
        CorpusArticle c = CorpusArticle.load("a22-rail-strike.txt");
        List<String> updated = new ArrayList<>(c.blocks());
        updated.add("Update: the union announced on Thursday evening that it would suspend the strike and return to talks.");
        fx.send(original(c.name(), "rail-1", T0));
        fx.send(DedupTopologyFixture.article("rail-1", c.source(), T0, c.title(), updated));

        List<DedupResult> out = fx.published.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).getDecision()).isEqualTo(DedupDecisionKind.UNIQUE);
        assertThat(out.get(0).getRevision()).isZero();
        assertThat(out.get(1).getDecision()).isEqualTo(DedupDecisionKind.REVISION);
        assertThat(out.get(1).getRevision()).isEqualTo(1);
        assertThat(out.get(1).getPreviousContentHash()).isEqualTo(out.get(0).getContentHash());
        assertThat(fx.duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldReportExactSelfDuplicateWhenSameArticleIsIngestedAgainUnchanged() {
        fx.send(original("a23-museum-reopening.txt", "museum-1", T0));
        fx.send(original("a23-museum-reopening.txt", "museum-1", T0));

        assertThat(fx.published.readValuesToList()).hasSize(1);
        assertThat(pairs(fx.duplicates.readValuesToList())).containsExactly("museum-1->museum-1:EXACT");
    }

    @Test
    void shouldReachTheSameDuplicateDecisionsWhenInputArrivesOutOfOrder() {
        CorpusArticle c = CorpusArticle.load("a09-airline-merger.txt");
        List<String> syndicated = PairGenerator.wrap(PairGenerator.typographic(c.blocks()), c.source());
        Article a = original(c.name(), "air-a", T0);
        Article exactCopy = copy(c.name(), "air-b", "Mirror", T0.plusSeconds(3600), c.blocks());
        Article nearCopy = copy(c.name(), "air-c", "Partner", T0.plusSeconds(7200),
                PairGenerator.wordEdits(syndicated, 2, new Random(3)));

        for (Article x : List.of(a, exactCopy, nearCopy)) {
            fx.send(x);
        }
        List<DuplicateDetected> inOrder = fx.duplicates.readValuesToList();
        fx.close();
        fx = new DedupTopologyFixture(stateDir.resolve("second"), DedupConfig.defaults());
        for (Article x : List.of(nearCopy, exactCopy, a)) {
            fx.send(x);
        }
        var outOfOrderRecords = fx.duplicates.readRecordsToList();
        List<DuplicateDetected> outOfOrder = outOfOrderRecords.stream().map(r -> r.value()).toList();

        assertThat(pairs(inOrder)).containsExactlyInAnyOrder("air-b->air-a:EXACT", "air-c->air-a:NEAR");
        assertThat(inOrder).noneMatch(DuplicateDetected::getRetrospective);
        // out of order, c is first corrected to b (then the earliest known), then to a: the last word per article agrees
        assertThat(pairs(new ArrayList<>(lastPerArticle(outOfOrder)))).containsExactlyInAnyOrderElementsOf(pairs(inOrder));
        assertThat(outOfOrder).allMatch(DuplicateDetected::getRetrospective);
        // corrections are marked, so reconciling consumers do not count them as new outcomes
        assertThat(outOfOrderRecords).allMatch(r -> r.headers().lastHeader(LateMatchProcessor.CORRECTION_HEADER) != null);
    }

    @Test
    void shouldTreatCopiesAsUniqueWhenTheOriginalIsBeyondTheHorizon() {
        CorpusArticle c = CorpusArticle.load("a18-wheat-harvest.txt");
        Instant later = T0.plus(DedupConfig.DEFAULT_HORIZON).plus(Duration.ofDays(1));
        fx.send(original(c.name(), "wheat-1", T0));
        fx.send(copy(c.name(), "wheat-exact", "Mirror", later, c.blocks()));
        fx.send(copy(c.name(), "wheat-near", "Partner", later.plusSeconds(60),
                PairGenerator.wordEdits(c.blocks(), 2, new Random(5))));

        assertThat(fx.published.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("wheat-1", "wheat-exact");
        // the new in-horizon original is wheat-exact: the near copy now duplicates it, not the expired one
        assertThat(pairs(fx.duplicates.readValuesToList())).containsExactly("wheat-near->wheat-exact:NEAR");
    }
}
