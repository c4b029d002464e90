package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupDecisionKind;
import io.newsflow.avro.DedupResult;
import io.newsflow.streams.dedup.Candidate;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.dedup.Match;
import io.newsflow.streams.dedup.Method;
import io.newsflow.streams.dedup.Precedence;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Exact-duplicate check, on the content-hash partitioning (all copies of a body meet on one task):
 * if an article with the same content hash and an earlier {@link Precedence} position is indexed
 * within the horizon, this one is an EXACT duplicate of the earliest such. Otherwise it becomes an
 * owner of its hash and continues to the near-duplicate check. Output is re-keyed by articleId.
 */
public final class ExactIndexProcessor implements Processor<String, DedupResult, String, DedupResult> {

    private final String storeName;
    private final DedupConfig config;
    private ProcessorContext<String, DedupResult> context;
    private WindowStore<String, DedupCandidate> store;

    /**
     * @param storeName the exact index (content hash to owners)
     * @param config horizon
     */
    public ExactIndexProcessor(String storeName, DedupConfig config) {
        this.storeName = storeName;
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, DedupResult> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, DedupResult> record) {
        DedupResult result = record.value();
        Candidate self = AvroMapping.candidate(result);
        Candidate original = null;
        for (DedupCandidate stored : HorizonStores.around(store, result.getContentHash(), self.eventTime(), config.horizon())) {
            Candidate owner = AvroMapping.candidate(stored);
            if (!owner.articleId().equals(self.articleId()) && Precedence.precedes(owner, self)
                    && (original == null || Precedence.precedes(owner, original))) {
                original = owner;
            }
        }
        DedupResult out = result;
        if (original != null) {
            Match exact = new Match(original, Method.EXACT, Long.bitCount(original.simhash() ^ self.simhash()), 1.0);
            out = DedupResult.newBuilder(result).setDecision(DedupDecisionKind.EXACT).setDuplicateOf(AvroMapping.avro(exact)).build();
        } else {
            store.put(result.getContentHash(), AvroMapping.avro(self), self.eventTime());
        }
        context.forward(record.withKey(self.articleId()).withValue(out));
    }
}
