package io.newsflow.app.http.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.IndexedArticle;

/**
 * The JSON shapes of articles in the API (the contract's field names and order; instants as
 * UTC ISO-8601 strings; absent values as JSON null), and their mapping from newsflow's events.
 */
public final class ArticleJson {

    private ArticleJson() {
    }

    /** {@code GET /api/articles/{id}}. */
    public record Detail(String articleId, String title, String source, String url, String language, String publishedAt,
                         String ingestedAt, Integer wordCount, List<EntityRef> entities, List<KeywordRef> keywords,
                         ToneRef tone, DuplicateRef duplicateOf) {
    }

    /** One named entity of an article. */
    public record EntityRef(String name, String type, int mentions) {
    }

    /** One keyword of an article. */
    public record KeywordRef(String term, double score) {
    }

    /** An article's tone. */
    public record ToneRef(double positive, double negative, double polarity) {
    }

    /** The original a duplicate copies, and how it was found. */
    public record DuplicateRef(String articleId, String method, double similarity) {
    }

    /** One item of {@code GET /api/articles}, and the data of SSE {@code article}/{@code duplicate} events. */
    public record Item(String articleId, String title, String source, String url, String language, String publishedAt,
                       String ingestedAt, String duplicateOf, String method) {
    }

    /** {@code GET /api/articles}. */
    public record Page(List<Item> articles) {
    }

    /** Newest first by ingestedAt, then articleId: the order of every listing, merged or not. */
    public static final Comparator<Item> NEWEST_FIRST = Comparator
        .comparing((Item item) -> Instant.parse(item.ingestedAt())).reversed().thenComparing(Item::articleId);

    /** The detail of an indexed article. */
    public static Detail detail(IndexedArticle a) {
        return new Detail(a.getArticleId(), a.getTitle(), a.getSource(), a.getUrl(), a.getLanguage(), text(a.getPublishedAt()),
            text(a.getIngestedAt()), a.getWordCount(),
            a.getEntities().stream().map(e -> new EntityRef(e.getName(), e.getType(), e.getMentions())).toList(),
            a.getKeywords().stream().map(k -> new KeywordRef(k.getTerm(), k.getScore())).toList(),
            a.getTone() == null ? null : new ToneRef(a.getTone().getPositive(), a.getTone().getNegative(), a.getTone().getPolarity()),
            a.getDuplicateOf() == null ? null
                : new DuplicateRef(a.getDuplicateOf().getArticleId(), a.getDuplicateOf().getMethod(), a.getDuplicateOf().getSimilarity()));
    }

    /** The list item of an indexed article. */
    public static Item item(IndexedArticle a) {
        return new Item(a.getArticleId(), a.getTitle(), a.getSource(), a.getUrl(), a.getLanguage(), text(a.getPublishedAt()),
            text(a.getIngestedAt()), a.getDuplicateOf() == null ? null : a.getDuplicateOf().getArticleId(),
            a.getDuplicateOf() == null ? null : a.getDuplicateOf().getMethod());
    }

    /** The item of a unique article as published on articles.enriched. */
    public static Item item(EnrichedArticle enriched) {
        Article a = enriched.getArticle();
        return new Item(a.getArticleId(), a.getTitle(), a.getSource(), a.getUrl(), enriched.getLanguage(), text(a.getPublishedAt()),
            text(a.getIngestedAt()), null, null);
    }

    /**
     * The item of a duplicate decision; {@code article} is the duplicate as parsed when it is
     * known (a decision carries no title or URL), else null.
     */
    public static Item item(DuplicateDetected d, Article article) {
        return new Item(d.getArticleId(), article == null ? null : article.getTitle(), d.getSource(),
            article == null ? null : article.getUrl(), null, article == null ? null : text(article.getPublishedAt()),
            text(article == null ? d.getEventTime() : article.getIngestedAt()), d.getDuplicateOf(), d.getMethod().name());
    }

    /** Several instances' pages as one: newest first, cut to {@code limit}. */
    public static Page merge(List<Page> pages, int limit) {
        return new Page(pages.stream().flatMap(p -> p.articles().stream()).sorted(NEWEST_FIRST).limit(limit).toList());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
