package io.newsflow.streams.index;

import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.IndexedArticle;
import io.newsflow.avro.IndexedArticleStatus;
import io.newsflow.avro.IndexedDuplicate;
import io.newsflow.avro.IndexedEntity;
import io.newsflow.avro.IndexedKeyword;
import io.newsflow.avro.IndexedTone;

/**
 * How the article index folds the three events it sees about an article into one
 * {@link IndexedArticle}. Pure functions of (what the index holds, the new event), so the order in
 * which a task happens to read articles.raw, articles.enriched and articles.duplicates does not
 * matter: each returns the entry to store, or {@code null} when the event changes nothing.
 */
public final class ArticleSummaries {

    private ArticleSummaries() {
    }

    /** A parsed article: a PENDING entry, unless the index already knows more about it. */
    public static IndexedArticle withRaw(IndexedArticle existing, Article article) {
        if (existing != null) {
            // a revision's raw record must not hide the published version until its enrichment arrives
            return null;
        }
        return describe(IndexedArticle.newBuilder().setArticleId(article.getArticleId()).setStatus(IndexedArticleStatus.PENDING),
            article).build();
    }

    /** A unique article or revision: its enrichment replaces what the index held. */
    public static IndexedArticle withEnriched(IndexedArticle existing, EnrichedArticle enriched) {
        Article article = enriched.getArticle();
        // a retrospective correction may be read before the enriched record it corrects: keep it
        IndexedDuplicate correction = existing == null ? null : existing.getDuplicateOf();
        IndexedArticle.Builder entry = describe(IndexedArticle.newBuilder().setArticleId(article.getArticleId()), article)
            .setStatus(correction == null ? IndexedArticleStatus.UNIQUE : IndexedArticleStatus.DUPLICATE)
            .setDuplicateOf(correction)
            .setLanguage(enriched.getLanguage())
            .setWordCount(enriched.getWordCount())
            .setEntities(enriched.getEntities().stream()
                .map(e -> new IndexedEntity(e.getName(), e.getType().name(), e.getMentions())).toList())
            .setKeywords(enriched.getKeywords().stream().map(k -> new IndexedKeyword(k.getTerm(), k.getScore())).toList())
            .setTone(enriched.getTone() == null ? null
                : new IndexedTone(enriched.getTone().getPositive(), enriched.getTone().getNegative(), enriched.getTone().getPolarity()));
        return entry.build();
    }

    /**
     * A duplicate decision (first or retrospective): the entry is marked with its original. The
     * same article ingested again unchanged ({@code duplicateOf == articleId}) changes nothing.
     */
    public static IndexedArticle withDuplicate(IndexedArticle existing, DuplicateDetected duplicate) {
        if (duplicate.getArticleId().equals(duplicate.getDuplicateOf())) {
            return null;
        }
        IndexedDuplicate original = new IndexedDuplicate(duplicate.getDuplicateOf(), duplicate.getMethod().name(),
            duplicate.getSimilarity());
        IndexedArticle.Builder entry = existing != null ? IndexedArticle.newBuilder(existing)
            // only the decision is known (the raw record expired or was never seen): keep what it says
            : IndexedArticle.newBuilder().setArticleId(duplicate.getArticleId()).setSource(duplicate.getSource())
                .setIngestedAt(duplicate.getEventTime()).setEntities(List.of()).setKeywords(List.of());
        return entry.setStatus(IndexedArticleStatus.DUPLICATE).setDuplicateOf(original).build();
    }

    private static IndexedArticle.Builder describe(IndexedArticle.Builder entry, Article article) {
        return entry.setTitle(article.getTitle()).setSource(article.getSource()).setUrl(article.getUrl())
            .setPublishedAt(article.getPublishedAt()).setIngestedAt(article.getIngestedAt())
            .setEntities(List.of()).setKeywords(List.of());
    }
}
