package io.newsflow.streams.aggregate.stream;

import java.time.Instant;
import java.util.List;

import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.DuplicateMethod;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Keyword;
import io.newsflow.streams.topology.TestArticles;

/** Published articles and duplicate decisions, as the statistics read them, for tests. */
final class StatsEvents {

    private StatsEvents() {
    }

    /** A unique first version from {@code source} ingested at {@code at}, with the given entities and keywords. */
    static EnrichedArticle article(String id, String source, Instant at, int words, List<Entity> entities, List<String> keywords) {
        var article = TestArticles.article(id, "Title " + id, "Body of " + id);
        article.setSource(source);
        article.setIngestedAt(at);
        return EnrichedArticle.newBuilder()
            .setArticle(article)
            .setWordCount(words)
            .setEnrichedAt(at)
            .setEnrichmentVersion("test")
            .setLanguage("en")
            .setEntities(entities)
            .setKeywords(keywords.stream().map(k -> new Keyword(k, 1.0)).toList())
            .build();
    }

    /** A plain article without entities or keywords. */
    static EnrichedArticle article(String id, String source, Instant at, int words) {
        return article(id, source, at, words, List.of(), List.of());
    }

    static Entity person(String name) {
        return new Entity(name, EntityType.PERSON, 1, null);
    }

    static Entity location(String name) {
        return new Entity(name, EntityType.LOCATION, 1, null);
    }

    /** A duplicate decision for {@code id} from {@code source}, whose ingest time is {@code at}. */
    static DuplicateDetected duplicate(String id, String source, Instant at, boolean retrospective) {
        return DuplicateDetected.newBuilder()
            .setArticleId(id)
            .setDuplicateOf("original-of-" + id)
            .setMethod(DuplicateMethod.EXACT)
            .setHammingDistance(0)
            .setSimilarity(1.0)
            .setDetectedAt(at)
            .setSource(source)
            .setEventTime(at)
            .setDuplicateOfEventTime(at.minusSeconds(1))
            .setContentHash("h-" + id)
            .setDuplicateOfContentHash("h-original-" + id)
            .setRetrospective(retrospective)
            .build();
    }
}
