package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupSignal;
import io.newsflow.avro.DedupSignalKind;
import io.newsflow.streams.dedup.BlockKey;
import io.newsflow.streams.dedup.Candidate;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.dedup.Match;
import io.newsflow.streams.dedup.MatchVerifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * One SimHash block's index, on the block-key partitioning ("index:value"): every article that has
 * this block value within the horizon is a candidate. Each is verified ({@link MatchVerifier}), the
 * probe's answer (possibly no matches) goes out keyed by the probe's articleId, and then the probe
 * is indexed. Query-then-insert on one task gives a total order per block: of two racing
 * near-duplicates, at least the later-processed one sees the other.
 */
public final class BlockIndexProcessor implements Processor<String, DedupCandidate, String, DedupSignal> {

    private final String storeName;
    private final DedupConfig config;
    private final MatchVerifier verifier;
    private ProcessorContext<String, DedupSignal> context;
    private WindowStore<String, DedupCandidate> store;

    /**
     * @param storeName the block index (block key to candidates, duplicates retained)
     * @param config k, horizon and thresholds
     */
    public BlockIndexProcessor(String storeName, DedupConfig config) {
        this.storeName = storeName;
        this.config = config;
        this.verifier = new MatchVerifier(config);
    }

    @Override
    public void init(ProcessorContext<String, DedupSignal> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, DedupCandidate> record) {
        BlockKey block = BlockKey.decode(record.key());
        Candidate probe = AvroMapping.candidate(record.value());
        List<Match> matches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DedupCandidate stored : HorizonStores.around(store, record.key(), probe.eventTime(), config.horizon())) {
            Candidate candidate = AvroMapping.candidate(stored);
            // a replayed put (at-least-once) or a candidate's unchanged re-index must not count twice
            if (seen.add(candidate.articleId() + "@" + candidate.eventTime() + "@" + candidate.contentHash())) {
                verifier.verify(probe, candidate).ifPresent(matches::add);
            }
        }
        DedupSignal answer = DedupSignal.newBuilder().setArticleId(probe.articleId())
                .setEventTime(Instant.ofEpochMilli(probe.eventTime())).setKind(DedupSignalKind.BLOCK_ANSWER).setSubject(record.value())
                .setBlockIndex(block.index()).setMatches(AvroMapping.avroMatches(matches)).build();
        context.forward(record.withKey(probe.articleId()).withValue(answer));
        store.put(record.key(), record.value(), probe.eventTime());
    }
}
