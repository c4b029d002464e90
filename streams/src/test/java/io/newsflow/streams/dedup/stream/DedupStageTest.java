package io.newsflow.streams.dedup.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.DedupDecisionKind;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.DuplicateMethod;
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
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupStageTest {

    private static final Instant T0 = Instant.parse("2025-10-07T08:00:00Z");

    @TempDir
    Path stateDir;

    private DedupTopologyFixture fx;

    @BeforeEach
    void start() {
        fx = new DedupTopologyFixture(stateDir, DedupConfig.defaults());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static Article original(String corpusName, String id, Instant at) {
        CorpusArticle c = CorpusArticle.load(corpusName);
        return DedupTopologyFixture.article(id, c.source(), at, c.title(), c.blocks());
    }

    private static Article copy(String corpusName, String id, String source, Instant at, List<String> blocks) {
        return DedupTopologyFixture.article(id, source, at, "Republished: " + CorpusArticle.load(corpusName).title(), blocks);
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
    void shouldPublishOriginalAndReportExactCopyWhenSameBodyArrivesWithAnotherWrapper() {
        CorpusArticle c = CorpusArticle.load("a05-hospital-cyberattack.txt");
        fx.send(original(c.name(), "lyon-1", T0));
        fx.send(copy(c.name(), "mirror-1", "Mirror Site", T0.plusSeconds(3600), PairGenerator.wrap(c.blocks(), c.source())));

        assertThat(fx.published.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("lyon-1");
        List<DuplicateDetected> dups = fx.duplicates.readValuesToList();
        assertThat(dups).hasSize(1);
        DuplicateDetected d = dups.get(0);
        assertThat(d.getArticleId()).isEqualTo("mirror-1");
        assertThat(d.getDuplicateOf()).isEqualTo("lyon-1");
        assertThat(d.getMethod()).isEqualTo(DuplicateMethod.EXACT);
        assertThat(d.getSource()).isEqualTo("Mirror Site");
        assertThat(d.getDuplicateOfSource()).isEqualTo(c.source());
        assertThat(d.getSimilarity()).isEqualTo(1.0);
        assertThat(d.getDetectedAt()).isEqualTo(DedupTopologyFixture.NOW);
        assertThat(d.getRetrospective()).isFalse();
    }

    @Test
    void shouldReportNearDuplicateWhenRepublishedWithEditsQuotesAndReflow() {
        CorpusArticle c = CorpusArticle.load("a01-wildfire-alentejo.txt");
        Random rnd = new Random(7);
        List<String> edited = PairGenerator.wrap(PairGenerator.typographic(PairGenerator.reflow(
                PairGenerator.wordEdits(c.blocks(), 3, rnd), rnd)), c.source());
        fx.send(original(c.name(), "fire-1", T0));
        fx.send(copy(c.name(), "fire-copy", "Partner Wire", T0.plusSeconds(7200), edited));

        assertThat(fx.published.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("fire-1");
        DuplicateDetected d = fx.duplicates.readValue();
        assertThat(d.getArticleId()).isEqualTo("fire-copy");
        assertThat(d.getDuplicateOf()).isEqualTo("fire-1");
        assertThat(d.getMethod()).isEqualTo(DuplicateMethod.NEAR);
        assertThat(d.getHammingDistance()).isBetween(0, 3);
        assertThat(d.getSimilarity()).isGreaterThan(0.5).isLessThan(1.0);
        assertThat(fx.duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldCatchDroppedParagraphWhenCandidateSharesABlockAndShinglesMostly() {
        CorpusArticle c = CorpusArticle.load("a03-rates-hold.txt");
        List<String> shorter = new ArrayList<>(c.blocks());
        shorter.remove(shorter.size() - 1);
        fx.send(original(c.name(), "ecb-1", T0));
        fx.send(copy(c.name(), "ecb-short", "Short Wire", T0.plusSeconds(60), shorter));

        DuplicateDetected d = fx.duplicates.readValue();
        assertThat(d.getArticleId()).isEqualTo("ecb-short");
        assertThat(d.getDuplicateOf()).isEqualTo("ecb-1");
        assertThat(d.getSimilarity()).isGreaterThanOrEqualTo(DedupConfig.DEFAULT_STRONG_SIMILARITY);
    }

    @Test
    void shouldPublishBothWhenDifferentArticlesReportTheSameEvent() {
        fx.send(original("a01-wildfire-alentejo.txt", "fire-1", T0));
        fx.send(original("a02-wildfire-odemira.txt", "fire-2", T0.plusSeconds(600)));

        assertThat(fx.published.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("fire-1", "fire-2");
        assertThat(fx.duplicates.isEmpty()).isTrue();
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

    @Test
    void shouldDetectEveryRepublicationWhenTheWholeCorpusStreamsThrough() {
        List<CorpusArticle> corpus = CorpusArticle.loadAll();
        for (int i = 0; i < corpus.size(); i++) {
            CorpusArticle c = corpus.get(i);
            fx.send(DedupTopologyFixture.article("orig-" + i, c.source(), T0.plusSeconds(i), c.title(), c.blocks()));
        }
        for (int i = 0; i < corpus.size(); i++) {
            CorpusArticle c = corpus.get(i);
            Random rnd = new Random(100 + i);
            List<String> syndicated = PairGenerator.wrap(PairGenerator.typographic(PairGenerator.reflow(
                    PairGenerator.wordEdits(c.blocks(), 2, rnd), rnd)), c.source());
            fx.send(copy(c.name(), "copy-" + i, "Partner Wire", T0.plusSeconds(3600 + i), syndicated));
        }

        assertThat(fx.published.readKeyValuesToList()).extracting(kv -> kv.key).allMatch(k -> k.startsWith("orig-")).hasSize(corpus.size());
        List<DuplicateDetected> dups = fx.duplicates.readValuesToList();
        assertThat(dups).hasSize(corpus.size());
        assertThat(dups).allMatch(d -> d.getArticleId().replace("copy-", "").equals(d.getDuplicateOf().replace("orig-", "")));
    }

    @Test
    void shouldNameEveryProcessorStoreAndRepartitionWhenDescribed() {
        TopologyDescription description = DedupTopologyFixture.topology(DedupConfig.defaults()).describe();
        String text = description.toString();
        for (String name : List.of(DedupStage.REVISION_PROCESSOR, DedupStage.EXACT_PROCESSOR, DedupStage.BLOCK_PROCESSOR,
                DedupStage.COMBINE_PROCESSOR, DedupStage.RESOLVE_PROCESSOR, DedupStage.REVISION_STORE, DedupStage.EXACT_STORE,
                DedupStage.BLOCK_STORE, DedupStage.PENDING_STORE, DedupStage.RESOLVER_STORE, "sink-" + DedupTopologyFixture.DUPLICATES,
                DedupStage.BY_CONTENT_HASH + "-repartition", DedupStage.BY_BLOCK + "-repartition",
                DedupStage.BY_ARTICLE + "-repartition", DedupStage.LATE_BY_ARTICLE + "-repartition")) {
            assertThat(text).contains(name);
        }
        assertThat(text).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    }
}
