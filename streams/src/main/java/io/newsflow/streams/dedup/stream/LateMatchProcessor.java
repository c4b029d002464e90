package io.newsflow.streams.dedup.stream;

import org.apache.kafka.common.header.internals.RecordHeaders;

import io.newsflow.avro.DedupDecisionKind;
import io.newsflow.avro.DedupSignal;
import io.newsflow.avro.DedupSignalKind;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.streams.dedup.DecisionKind;
import io.newsflow.streams.dedup.LateMatchResolver;
import io.newsflow.streams.dedup.Match;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The resolver, on the articleId partitioning: receives every article's DECISION and the LATE_MATCH
 * signals that earlier articles send when they find it, in either order, and applies
 * {@link LateMatchResolver}: an article already decided that turns out to have an earlier original
 * (input arrived out of order) is reported again, retrospectively, naming that original.
 */
public final class LateMatchProcessor implements Processor<String, DedupSignal, String, DuplicateDetected> {
    /** Header on a retrospective DuplicateDetected: it corrects an article already published. */
    public static final String CORRECTION_HEADER = "newsflow.correction";
    private static final byte[] TRUE = "true".getBytes(java.nio.charset.StandardCharsets.UTF_8);


    private final String storeName;
    private final Clock clock;
    private ProcessorContext<String, DuplicateDetected> context;
    private WindowStore<String, DedupSignal> store;

    /**
     * @param storeName the resolver store (articleId#revision to what is known)
     * @param clock stamps detectedAt
     */
    public LateMatchProcessor(String storeName, Clock clock) {
        this.storeName = storeName;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, DuplicateDetected> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, DedupSignal> record) {
        DedupSignal signal = record.value();
        String key = DecisionProcessor.stateKey(signal.getSubject());
        long time = signal.getEventTime().toEpochMilli();
        LateMatchResolver state = read(HorizonStores.at(store, key, time));
        LateMatchResolver.Step step;
        if (signal.getKind() == DedupSignalKind.DECISION) {
            Match duplicateOf = signal.getMatches().isEmpty() ? null : AvroMapping.match(signal.getMatches().get(0));
            step = state.onDecision(DecisionKind.valueOf(signal.getDecision().name()), duplicateOf);
        } else if (signal.getKind() == DedupSignalKind.LATE_MATCH && !signal.getMatches().isEmpty()) {
            step = state.onLateMatch(AvroMapping.match(signal.getMatches().get(0)));
        } else {
            throw new IllegalArgumentException("the dedup resolver cannot handle a " + signal.getKind()
                    + " signal for article '" + record.key() + "'");
        }
        store.put(key, write(signal, step.state()), time);
        // a correction of an earlier outcome, not a new one: the header lets consumers that reconcile
        // counts (records in = enriched + duplicates + dead letters) tell it apart without decoding
        step.retrospective().ifPresent(match -> context.forward(record.withKey(signal.getArticleId())
                .withHeaders(new RecordHeaders().add(CORRECTION_HEADER, TRUE))
                .withValue(AvroMapping.duplicateDetected(AvroMapping.candidate(signal.getSubject()), match, clock.millis(), true))));
    }

    private static LateMatchResolver read(DedupSignal stored) {
        if (stored == null) {
            return LateMatchResolver.empty();
        }
        DecisionKind decision = stored.getDecision() == null ? null : DecisionKind.valueOf(stored.getDecision().name());
        // matches holds the current original once decided, the pending late match before
        Match match = stored.getMatches().isEmpty() ? null : AvroMapping.match(stored.getMatches().get(0));
        return decision == null ? new LateMatchResolver(null, null, match) : new LateMatchResolver(decision, match, null);
    }

    private static DedupSignal write(DedupSignal signal, LateMatchResolver state) {
        Match kept = state.decision() == null ? state.pending() : state.original();
        return DedupSignal.newBuilder().setArticleId(signal.getArticleId()).setEventTime(signal.getEventTime())
                .setKind(DedupSignalKind.STATE).setSubject(signal.getSubject())
                .setDecision(state.decision() == null ? null : DedupDecisionKind.valueOf(state.decision().name()))
                .setMatches(kept == null ? List.of() : List.of(AvroMapping.avro(kept))).build();
    }
}
