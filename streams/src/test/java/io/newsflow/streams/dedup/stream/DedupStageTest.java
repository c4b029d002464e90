package io.newsflow.streams.dedup.stream;

import static io.newsflow.streams.dedup.stream.DedupTopologyFixture.copy;
import static io.newsflow.streams.dedup.stream.DedupTopologyFixture.original;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.DuplicateMethod;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.dedup.quality.CorpusArticle;
import io.newsflow.streams.dedup.quality.PairGenerator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup stage on copies of an article: an exact copy under another wrapper, a near copy with
 * edits, quotes and reflow, a copy missing a paragraph, two different reports of one event, a whole
 * corpus republished; and the names of its processors, stores and repartitions. Revisions, order and
 * the horizon: {@link DedupStageOverTimeTest}.
 */
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
