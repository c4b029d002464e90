package io.newsflow.streams.aggregate.stream;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.newsflow.avro.EnrichedArticle;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/** The topology in a TopologyTestDriver for query tests (other packages): publish events, read its window stores. */
public final class StatsQueriesFixture implements AutoCloseable {
    private final StatsTopologyFixture fixture;

    public StatsQueriesFixture(String scope, Instant now) {
        this.fixture = new StatsTopologyFixture(scope, now, Map.of());
    }

    /** Publishes a unique article with ten words, persons and keywords. */
    public void article(String id, String source, Instant at, String language, List<String> persons, List<String> keywords) {
        EnrichedArticle article = StatsEvents.article(id, source, at, 10, persons.stream().map(StatsEvents::person).toList(), keywords);
        article.setLanguage(language);
        fixture.publish(article);
    }

    /** Publishes a duplicate decision. */
    public void duplicate(String id, String source, Instant at) {
        fixture.publish(StatsEvents.duplicate(id, source, at, false));
    }

    /** The window store {@code name}, as {@code StatsQueries} reads it. */
    public <V> ReadOnlyWindowStore<String, V> windowStore(String name) {
        return fixture.driver.getWindowStore(name);
    }

    @Override
    public void close() {
        fixture.close();
    }
}
