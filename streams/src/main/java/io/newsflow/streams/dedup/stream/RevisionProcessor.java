package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.Article;
import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupDecisionKind;
import io.newsflow.avro.DedupResult;
import io.newsflow.streams.dedup.Candidate;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.dedup.Match;
import io.newsflow.streams.dedup.Method;
import io.newsflow.streams.dedup.RevisionCheck;
import io.newsflow.streams.fingerprint.Fingerprint;
import io.newsflow.streams.fingerprint.Fingerprinter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * First dedup step, on the input partitioning (key = articleId): fingerprints the article and
 * compares it with earlier versions of the same articleId in the revision store. An unchanged
 * re-ingest leaves as an EXACT duplicate of itself; a changed body gets the next revision number
 * and the previous content hash; either way a new or changed article continues as UNIQUE-so-far.
 */
public final class RevisionProcessor implements Processor<String, Article, String, DedupResult> {

    private final String storeName;
    private final DedupConfig config;
    private final Fingerprinter fingerprinter;
    private ProcessorContext<String, DedupResult> context;
    private WindowStore<String, DedupCandidate> store;

    /**
     * @param storeName the revision store (articleId to its versions)
     * @param config horizon
     * @param fingerprinter computes the fingerprints
     */
    public RevisionProcessor(String storeName, DedupConfig config, Fingerprinter fingerprinter) {
        this.storeName = storeName;
        this.config = config;
        this.fingerprinter = fingerprinter;
    }

    @Override
    public void init(ProcessorContext<String, DedupResult> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        if (article == null) {
            throw new IllegalArgumentException("dedup input record with key '" + record.key() + "' has no article (null value)");
        }
        String id = article.getArticleId();
        long time = record.timestamp();
        Fingerprint f = fingerprinter.of(article);
        List<Candidate> earlier = new ArrayList<>();
        HorizonStores.around(store, id, time, config.horizon()).forEach(c -> earlier.add(AvroMapping.candidate(c)));
        RevisionCheck check = RevisionCheck.of(earlier, f.contentHash());
        DedupResult.Builder result = DedupResult.newBuilder().setArticle(article).setEventTime(Instant.ofEpochMilli(time))
                .setContentHash(f.contentHash()).setSimhash(f.simhash()).setMinhash(ByteBuffer.wrap(f.minhash()))
                .setRevision(check.revision()).setPreviousContentHash(check.previousContentHash())
                .setDecision(DedupDecisionKind.UNIQUE);
        if (check.outcome() == RevisionCheck.Outcome.SAME_CONTENT) {
            Match self = new Match(check.previous(), Method.EXACT, 0, 1.0);
            result.setDecision(DedupDecisionKind.EXACT).setDuplicateOf(AvroMapping.avro(self))
                    .setPreviousContentHash(null);
        } else {
            DedupResult built = result.build();
            store.put(id, AvroMapping.avro(AvroMapping.candidate(built)), time);
        }
        context.forward(record.withKey(id).withValue(result.build()));
    }
}
