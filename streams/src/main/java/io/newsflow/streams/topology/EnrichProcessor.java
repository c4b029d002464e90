package io.newsflow.streams.topology;

import java.time.Clock;

import io.newsflow.avro.DedupResult;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.streams.enrich.EnrichedArticleMapper;
import io.newsflow.streams.enrich.Enricher;
import io.newsflow.streams.enrich.Enrichment;
import io.newsflow.streams.metrics.PipelineMetrics;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Enriches each unique article (or revision) with the pure {@link Enricher}, scoring keywords
 * against the document frequencies seen so far and then counting the article in them, and
 * carries the fingerprints and revision facts of deduplication into the event. Each enriched
 * article is reported to {@link PipelineMetrics} (ingest → enriched latency).
 */
final class EnrichProcessor implements Processor<String, DedupResult, String, EnrichedArticle> {
    private final String storeName;
    private final Enricher enricher;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, EnrichedArticle> context;
    private DocumentFrequencyStore frequencies;

    EnrichProcessor(String storeName, Enricher enricher, Clock clock, PipelineMetrics metrics) {
        this.storeName = storeName;
        this.enricher = enricher;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        KeyValueStore<String, Long> store = context.getStateStore(storeName);
        this.frequencies = new DocumentFrequencyStore(store);
    }

    @Override
    public void process(Record<String, DedupResult> record) {
        DedupResult result = record.value();
        Enrichment enrichment = enricher.enrich(result.getArticle(), frequencies);
        frequencies.addDocument(enrichment.documentTerms());
        EnrichedArticle enriched = EnrichedArticle.newBuilder(EnrichedArticleMapper.toAvro(result.getArticle(), enrichment,
                clock.instant(), result.getContentHash(), result.getSimhash()))
            .setRevision(result.getRevision())
            .setPreviousContentHash(result.getPreviousContentHash())
            .build();
        metrics.articleEnriched(result.getArticle().getIngestedAt(), enriched.getEnrichedAt());
        context.forward(record.withValue(enriched));
    }
}
