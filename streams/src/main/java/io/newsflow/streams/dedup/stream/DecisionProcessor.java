package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupDecisionKind;
import io.newsflow.avro.DedupMatch;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DedupSignal;
import io.newsflow.avro.DedupSignalKind;
import io.newsflow.streams.dedup.DecisionCombiner;
import io.newsflow.streams.dedup.DedupDecision;
import io.newsflow.streams.dedup.Match;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The combiner, on the articleId partitioning: collects an article (ARTICLE signal) and the answers
 * of its k+1 blocks (BLOCK_ANSWER signals) in any order, and once the article and every block have
 * arrived (a bit set of answered blocks) decides with {@link DecisionCombiner}. It forwards a
 * DECISION signal for the article and a LATE_MATCH signal, keyed by the other article, for every
 * match that comes after this article in precedence order. Pending state is keyed by
 * "articleId#revision" at the article's event time and removed once decided.
 */
public final class DecisionProcessor implements Processor<String, DedupSignal, String, DedupSignal> {

    private final String storeName;
    private final int blockCount;
    private ProcessorContext<String, DedupSignal> context;
    private WindowStore<String, DedupSignal> store;

    /**
     * @param storeName the pending-decision store
     * @param blockCount k+1, the answers to wait for
     */
    public DecisionProcessor(String storeName, int blockCount) {
        this.storeName = storeName;
        this.blockCount = blockCount;
    }

    @Override
    public void init(ProcessorContext<String, DedupSignal> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, DedupSignal> record) {
        DedupSignal signal = record.value();
        if (signal.getSubject() == null) {
            throw new IllegalArgumentException("dedup signal for article '" + record.key() + "' has no subject");
        }
        String key = stateKey(signal.getSubject());
        long time = signal.getEventTime().toEpochMilli();
        DedupSignal state = HorizonStores.at(store, key, time);
        if (state == null) {
            state = DedupSignal.newBuilder().setArticleId(signal.getArticleId()).setEventTime(signal.getEventTime())
                    .setKind(DedupSignalKind.STATE).setSubject(signal.getSubject()).build();
        }
        if (signal.getKind() == DedupSignalKind.ARTICLE) {
            state.setArticle(signal.getArticle());
        } else if (signal.getKind() == DedupSignalKind.BLOCK_ANSWER) {
            state.setAnsweredBlocks(DecisionCombiner.withAnswer(state.getAnsweredBlocks(), signal.getBlockIndex()));
            List<DedupMatch> all = new ArrayList<>(state.getMatches());
            all.addAll(signal.getMatches());
            state.setMatches(all);
        } else {
            throw new IllegalArgumentException("the dedup combiner cannot handle a " + signal.getKind()
                    + " signal for article '" + record.key() + "'");
        }
        if (state.getArticle() == null || !DecisionCombiner.complete(state.getAnsweredBlocks(), blockCount)) {
            store.put(key, state, time);
            return;
        }
        store.put(key, null, time);
        decide(record, state);
    }

    private void decide(Record<String, DedupSignal> record, DedupSignal state) {
        DedupResult article = state.getArticle();
        DedupDecision decision = DecisionCombiner.decide(AvroMapping.candidate(state.getSubject()),
                article.getRevision(), AvroMapping.matches(state.getMatches()));
        DedupResult decided = DedupResult.newBuilder(article)
                .setDecision(DedupDecisionKind.valueOf(decision.kind().name()))
                .setDuplicateOf(decision.duplicateOf() == null ? null : AvroMapping.avro(decision.duplicateOf()))
                .build();
        context.forward(record.withKey(state.getArticleId()).withValue(DedupSignal.newBuilder()
                .setArticleId(state.getArticleId()).setEventTime(state.getEventTime()).setKind(DedupSignalKind.DECISION)
                .setSubject(state.getSubject()).setArticle(decided).setDecision(decided.getDecision()).build()));
        for (Match later : decision.laterMatches()) {
            DedupCandidate target = AvroMapping.avro(later.candidate());
            Match reverse = new Match(AvroMapping.candidate(state.getSubject()), later.method(), later.hammingDistance(),
                    later.similarity());
            context.forward(record.withKey(target.getArticleId()).withValue(DedupSignal.newBuilder()
                    .setArticleId(target.getArticleId()).setEventTime(target.getEventTime())
                    .setKind(DedupSignalKind.LATE_MATCH).setSubject(target)
                    .setMatches(List.of(AvroMapping.avro(reverse))).build()));
        }
    }

    /** Revisions of one articleId may share an event time, so the revision is part of the key. */
    static String stateKey(DedupCandidate subject) {
        return subject.getArticleId() + "#" + subject.getRevision();
    }
}
