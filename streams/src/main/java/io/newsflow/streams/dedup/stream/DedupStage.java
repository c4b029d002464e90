package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.Article;
import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupDecisionKind;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DedupSignal;
import io.newsflow.avro.DedupSignalKind;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.streams.dedup.BlockKey;
import io.newsflow.streams.dedup.BlockScheme;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.fingerprint.Fingerprinter;
import io.newsflow.streams.metrics.PipelineMetrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Adds the deduplication sub-topology to a {@link StreamsBuilder}; it reads top to bottom like the
 * data flow (docs/dedup.md draws it):
 * <ol>
 *   <li>by articleId (the input's key): fingerprint, revision check ({@link RevisionProcessor});</li>
 *   <li>repartition by content hash: exact index ({@link ExactIndexProcessor});</li>
 *   <li>fan out k+1 block queries, repartition by block key: block index ({@link BlockIndexProcessor});</li>
 *   <li>the article and its block answers, repartitioned by articleId: combiner ({@link DecisionProcessor});</li>
 *   <li>decisions and late matches, repartitioned by articleId: resolver ({@link LateMatchProcessor}).</li>
 * </ol>
 * Every duplicate goes to the duplicates topic; UNIQUE and REVISION articles are returned.
 */
public final class DedupStage {

    /** Processor names. */
    public static final String REVISION_PROCESSOR = "dedup-revision";
    public static final String EXACT_PROCESSOR = "dedup-exact-index";
    public static final String BLOCK_PROCESSOR = "dedup-block-index";
    public static final String COMBINE_PROCESSOR = "dedup-combine";
    public static final String RESOLVE_PROCESSOR = "dedup-resolve-late";
    /** Store names (their changelogs are "&lt;application.id&gt;-&lt;store&gt;-changelog"). */
    public static final String REVISION_STORE = "dedup-revision-store";
    public static final String EXACT_STORE = "dedup-exact-store";
    public static final String BLOCK_STORE = "dedup-block-store";
    public static final String PENDING_STORE = "dedup-pending-store";
    public static final String RESOLVER_STORE = "dedup-resolver-store";
    /** Repartition names (topics "&lt;application.id&gt;-&lt;name&gt;-repartition"). */
    public static final String BY_CONTENT_HASH = "dedup-by-content-hash";
    public static final String BY_BLOCK = "dedup-by-block";
    public static final String BY_ARTICLE = "dedup-by-article";
    public static final String LATE_BY_ARTICLE = "dedup-late-by-article";
    /** Reports each duplicate decision to {@link PipelineMetrics} just before the duplicates sink. */
    public static final String DUPLICATE_METRICS = "dedup-duplicate-metrics";
    /** Sink name of the duplicates topic. */

    private final DedupConfig config;
    private final Fingerprinter fingerprinter;
    private final DedupSerdes serdes;
    private final Clock clock;
    private final BlockScheme scheme;
    private final PipelineMetrics metrics;

    /**
     * @param config k, horizon, thresholds
     * @param fingerprinter computes fingerprints (the enrichment can share the same instance)
     * @param serdes the value serdes
     * @param clock stamps detectedAt
     */
    public DedupStage(DedupConfig config, Fingerprinter fingerprinter, DedupSerdes serdes, Clock clock) {
        this(config, fingerprinter, serdes, clock, PipelineMetrics.NONE);
    }

    /** A stage that reports every duplicate decision it writes to {@code metrics}. */
    public DedupStage(DedupConfig config, Fingerprinter fingerprinter, DedupSerdes serdes, Clock clock, PipelineMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.config = Objects.requireNonNull(config, "config");
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.serdes = Objects.requireNonNull(serdes, "serdes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheme = new BlockScheme(config.maxHammingDistance());
    }

    /**
     * @param builder the application's builder
     * @param articles parsed articles keyed by articleId, with event-time timestamps
     *                 ({@link ArticleEventTimeExtractor})
     * @param duplicatesTopic where DuplicateDetected events go, keyed by articleId
     * @return the articles to publish (UNIQUE and REVISION), keyed by articleId
     */
    public KStream<String, DedupResult> addTo(StreamsBuilder builder, KStream<String, Article> articles, String duplicatesTopic) {
        addStores(builder);

        Map<String, KStream<String, DedupResult>> revised = articles
                .process(() -> new RevisionProcessor(REVISION_STORE, config, fingerprinter), Named.as(REVISION_PROCESSOR), REVISION_STORE)
                .split(Named.as("dedup-revision-"))
                .branch((id, r) -> r.getDecision() == DedupDecisionKind.EXACT, Branched.as("reingest"))
                .defaultBranch(Branched.as("continue"));

        Map<String, KStream<String, DedupResult>> exact = revised.get("dedup-revision-continue")
                .selectKey((id, r) -> r.getContentHash(), Named.as("dedup-key-by-content-hash"))
                .repartition(Repartitioned.<String, DedupResult>as(BY_CONTENT_HASH)
                        .withKeySerde(Serdes.String()).withValueSerde(serdes.result()))
                .process(() -> new ExactIndexProcessor(EXACT_STORE, config), Named.as(EXACT_PROCESSOR), EXACT_STORE)
                .split(Named.as("dedup-exact-"))
                .branch((id, r) -> r.getDecision() == DedupDecisionKind.EXACT, Branched.as("duplicate"))
                .defaultBranch(Branched.as("continue"));
        KStream<String, DedupResult> notExact = exact.get("dedup-exact-continue");

        KStream<String, DedupSignal> blockAnswers = notExact
                .flatMap((id, r) -> blockQueries(r), Named.as("dedup-block-queries"))
                .repartition(Repartitioned.<String, DedupCandidate>as(BY_BLOCK)
                        .withKeySerde(Serdes.String()).withValueSerde(serdes.candidate()))
                .process(() -> new BlockIndexProcessor(BLOCK_STORE, config), Named.as(BLOCK_PROCESSOR), BLOCK_STORE);

        KStream<String, DedupSignal> decided = notExact
                .mapValues(DedupStage::articleSignal, Named.as("dedup-article-signal"))
                .merge(blockAnswers.mapValues(DedupStage::withSubjectCheck, Named.as("dedup-block-answers")),
                        Named.as("dedup-merge-signals"))
                .repartition(Repartitioned.<String, DedupSignal>as(BY_ARTICLE)
                        .withKeySerde(Serdes.String()).withValueSerde(serdes.signal()))
                .process(() -> new DecisionProcessor(PENDING_STORE, scheme.blockCount()), Named.as(COMBINE_PROCESSOR), PENDING_STORE);

        Map<String, KStream<String, DedupSignal>> outcomes = decided.split(Named.as("dedup-outcome-"))
                .branch((id, s) -> s.getKind() == DedupSignalKind.DECISION && isPublished(s.getDecision()), Branched.as("published"))
                .branch((id, s) -> s.getKind() == DedupSignalKind.DECISION, Branched.as("near"))
                .defaultBranch(Branched.as("late"));

        KStream<String, DuplicateDetected> retrospective = outcomes.get("dedup-outcome-late")
                .merge(decided.filter((id, s) -> s.getKind() == DedupSignalKind.DECISION, Named.as("dedup-decisions"))
                        .mapValues(DedupStage::withoutArticle, Named.as("dedup-decision-summary")), Named.as("dedup-merge-late"))
                .repartition(Repartitioned.<String, DedupSignal>as(LATE_BY_ARTICLE)
                        .withKeySerde(Serdes.String()).withValueSerde(serdes.signal()))
                .process(() -> new LateMatchProcessor(RESOLVER_STORE, clock), Named.as(RESOLVE_PROCESSOR), RESOLVER_STORE);

        revised.get("dedup-revision-reingest").mapValues(this::duplicateOf, Named.as("dedup-reingest-duplicate"))
                .merge(exact.get("dedup-exact-duplicate").mapValues(this::duplicateOf, Named.as("dedup-exact-duplicate-event")),
                        Named.as("dedup-merge-exact"))
                .merge(outcomes.get("dedup-outcome-near").mapValues(s -> duplicateOf(s.getArticle()), Named.as("dedup-near-duplicate-event")),
                        Named.as("dedup-merge-near"))
                .merge(retrospective, Named.as("dedup-merge-retrospective"))
                .peek((id, duplicate) -> metrics.duplicateDetected(), Named.as(DUPLICATE_METRICS))
                .to(duplicatesTopic, Produced.with(Serdes.String(), serdes.duplicate()).withName("sink-" + duplicatesTopic));

        return outcomes.get("dedup-outcome-published").mapValues(DedupSignal::getArticle, Named.as("dedup-published"));
    }

    private void addStores(StreamsBuilder builder) {
        builder.addStateStore(HorizonStores.builder(REVISION_STORE, config.horizon(), false, serdes.candidate()));
        builder.addStateStore(HorizonStores.builder(EXACT_STORE, config.horizon(), false, serdes.candidate()));
        builder.addStateStore(HorizonStores.builder(BLOCK_STORE, config.horizon(), true, serdes.candidate()));
        builder.addStateStore(HorizonStores.builder(PENDING_STORE, config.horizon(), false, serdes.signal()));
        builder.addStateStore(HorizonStores.builder(RESOLVER_STORE, config.horizon(), false, serdes.signal()));
    }

    private List<KeyValue<String, DedupCandidate>> blockQueries(DedupResult r) {
        DedupCandidate probe = AvroMapping.avro(AvroMapping.candidate(r));
        List<KeyValue<String, DedupCandidate>> out = new ArrayList<>(scheme.blockCount());
        for (BlockKey key : scheme.keysOf(r.getSimhash())) {
            out.add(KeyValue.pair(key.encode(), probe));
        }
        return out;
    }

    private static DedupSignal articleSignal(DedupResult r) {
        return DedupSignal.newBuilder().setArticleId(r.getArticle().getArticleId()).setEventTime(r.getEventTime())
                .setKind(DedupSignalKind.ARTICLE).setSubject(AvroMapping.avro(AvroMapping.candidate(r))).setArticle(r).build();
    }

    /** Block answers carry their probe as subject; the combiner keys its state by it. */
    private static DedupSignal withSubjectCheck(DedupSignal s) {
        if (s.getSubject() == null) {
            throw new IllegalStateException("block answer for article '" + s.getArticleId() + "' lacks its subject");
        }
        return s;
    }

    /** The resolver needs the verdict and the original, not the article's text. */
    private static DedupSignal withoutArticle(DedupSignal s) {
        DedupResult r = s.getArticle();
        return DedupSignal.newBuilder(s).setArticle(null)
                .setMatches(r.getDuplicateOf() == null ? List.of() : List.of(r.getDuplicateOf())).build();
    }

    private static boolean isPublished(DedupDecisionKind kind) {
        return kind == DedupDecisionKind.UNIQUE || kind == DedupDecisionKind.REVISION;
    }

    private DuplicateDetected duplicateOf(DedupResult r) {
        return AvroMapping.duplicateDetected(AvroMapping.candidate(r), AvroMapping.match(r.getDuplicateOf()), clock.millis(), false);
    }
}
