package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichmentProvenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps an {@link Enrichment} onto the Avro {@link EnrichedArticle} written to
 * {@code articles.enriched}. Fingerprints come from the fingerprint package and are passed in.
 */
public final class EnrichedArticleMapper {

    private EnrichedArticleMapper() {
    }

    /**
     * Builds the event.
     *
     * @param contentHash lower-case hex SHA-256 of the normalised body ("" when not computed)
     * @param simhash     64-bit SimHash (0 when not computed)
     */
    public static EnrichedArticle toAvro(Article article, Enrichment e, Instant enrichedAt, String contentHash, long simhash) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(e, "enrichment");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
        List<io.newsflow.avro.Entity> entities = new ArrayList<>(e.entities().size());
        for (Entity entity : e.entities()) {
            entities.add(new io.newsflow.avro.Entity(entity.name(),
                    io.newsflow.avro.EntityType.valueOf(entity.type().name()), entity.mentions(), entity.countryCode()));
        }
        List<io.newsflow.avro.Keyword> keywords = new ArrayList<>(e.keywords().size());
        for (Keyword k : e.keywords()) {
            keywords.add(new io.newsflow.avro.Keyword(k.term(), k.score()));
        }
        List<io.newsflow.avro.Quote> quotes = new ArrayList<>(e.quotes().size());
        for (Quote q : e.quotes()) {
            quotes.add(new io.newsflow.avro.Quote(q.text(), q.speaker()));
        }
        io.newsflow.avro.Tone tone = e.tone() == null ? null
                : new io.newsflow.avro.Tone(e.tone().positive(), e.tone().negative(), e.tone().polarity());
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setWordCount(e.wordCount())
                .setEnrichedAt(enrichedAt)
                .setEnrichmentVersion(e.provenance().version())
                .setLanguage(e.language())
                .setLanguageConfidence(e.languageConfidence())
                .setSentenceCount(e.sentenceCount())
                .setParagraphCount(e.paragraphCount())
                .setReadingTimeSeconds(e.readingTimeSeconds())
                .setEntities(entities)
                .setKeywords(keywords)
                .setTone(tone)
                .setQuotes(quotes)
                .setContentHash(contentHash == null ? "" : contentHash)
                .setSimhash(simhash)
                .setProvenance(new EnrichmentProvenance(e.provenance().version(), new java.util.HashMap<>(e.provenance().libraries())))
                .build();
    }
}
