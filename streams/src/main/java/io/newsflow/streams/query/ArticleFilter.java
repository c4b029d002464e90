package io.newsflow.streams.query;

import java.util.Comparator;
import java.util.Locale;

import io.newsflow.avro.IndexedArticle;
import io.newsflow.avro.IndexedArticleStatus;

/**
 * Which indexed articles a listing wants: decided ones (unique or duplicate), optionally from one
 * outlet and mentioning one entity, both compared without regard to case.
 *
 * @param source outlet name, or null for any
 * @param entity canonical entity name, or null for any
 */
public record ArticleFilter(String source, String entity) {
    /** Every decided article. */
    public static final ArticleFilter ANY = new ArticleFilter(null, null);

    /** Newest first: by ingestion time, then articleId so the order is total and stable across instances. */
    public static final Comparator<IndexedArticle> NEWEST_FIRST = Comparator
        .comparing(IndexedArticle::getIngestedAt).reversed().thenComparing(IndexedArticle::getArticleId);

    public ArticleFilter {
        source = blankToNull(source);
        entity = blankToNull(entity);
    }

    /** True when {@code article} is decided and passes both conditions. */
    public boolean matches(IndexedArticle article) {
        if (article.getStatus() == IndexedArticleStatus.PENDING) {
            return false;
        }
        if (source != null && (article.getSource() == null || !article.getSource().equalsIgnoreCase(source))) {
            return false;
        }
        return entity == null || article.getEntities().stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT)
            .equals(entity.toLowerCase(Locale.ROOT)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
