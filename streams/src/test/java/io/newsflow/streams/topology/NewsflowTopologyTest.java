package io.newsflow.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.DuplicateMethod;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.IndexedArticle;
import io.newsflow.avro.IndexedArticleStatus;
import io.newsflow.registry.client.MockSchemaRegistry;
import io.newsflow.streams.config.StreamsSettings;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole topology on the registry serdes (mock:// scope): dedup, enrichment, the article index and
 * document frequencies. Its names: {@link NewsflowTopologyNamesTest}.
 */
class NewsflowTopologyTest {
    private static final String SCOPE = "newsflow-topology-test";
    private static final Instant NOW = Instant.parse("2024-10-07T09:00:00Z");
    private static final String STRIKE = "Dockworkers in Rotterdam walked off the job on Monday morning, and within hours the queue "
        + "of container ships waiting outside the Maasvlakte terminals had grown to nineteen vessels. The strike, called by the "
        + "FNV union after talks with terminal operators collapsed over automation and night-shift pay, is the largest stoppage "
        + "at Europe's busiest port since 2019. Shipping lines including Maersk and Hapag-Lloyd have already begun diverting "
        + "cargo to Antwerp and Hamburg, a move that could cost the Dutch economy tens of millions of euros a day. Union leader "
        + "Joris Verbeek said every automated crane removes three skilled jobs.";

    private final StreamsSettings settings = StreamsSettings.local("unused:9092", "mock://" + SCOPE, Path.of("target/state"));
    private final NewsflowSerdes serdes = AvroSerdes.create(settings.serdeConfig());
    private final Topology topology = NewsflowTopology.buildTopology(settings, serdes, Clock.fixed(NOW, ZoneOffset.UTC));

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateDetected> duplicates;

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(topology, settings.toProperties());
        raw = driver.createInputTopic(TopicNames.ARTICLES_RAW, new StringSerializer(), serdes.article().serializer());
        enriched = driver.createOutputTopic(TopicNames.ARTICLES_ENRICHED, new StringDeserializer(), serdes.enrichedArticle().deserializer());
        duplicates = driver.createOutputTopic(TopicNames.ARTICLES_DUPLICATES, new StringDeserializer(),
            serdes.dedup().duplicate().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldWriteEnrichedArticleWithFingerprintsWhenUniqueArticleArrives() {
        raw.pipeInput("a1", TestArticles.article("a1", "Dockworkers strike in Rotterdam", STRIKE));

        var out = enriched.readKeyValue();
        assertThat(out.key).isEqualTo("a1");
        EnrichedArticle article = out.value;
        assertThat(article.getArticle().getTitle()).isEqualTo("Dockworkers strike in Rotterdam");
        assertThat(article.getLanguage()).isEqualTo("en");
        assertThat(article.getWordCount()).isGreaterThan(80);
        assertThat(article.getEntities()).extracting(e -> e.getName()).contains("Rotterdam", "Joris Verbeek");
        assertThat(article.getKeywords()).isNotEmpty();
        assertThat(article.getContentHash()).hasSize(64);
        assertThat(article.getSimhash()).isNotZero();
        assertThat(article.getRevision()).isZero();
        assertThat(article.getEnrichedAt()).isEqualTo(NOW);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldReportDuplicateAndNotEnrichItWhenSameBodyArrivesUnderAnotherId() {
        raw.pipeInput("a1", TestArticles.article("a1", "Dockworkers strike in Rotterdam", STRIKE));
        raw.pipeInput("a2", TestArticles.article("a2", "Rotterdam port at a standstill", STRIKE));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
        DuplicateDetected duplicate = duplicates.readValue();
        assertThat(duplicate.getArticleId()).isEqualTo("a2");
        assertThat(duplicate.getDuplicateOf()).isEqualTo("a1");
        assertThat(duplicate.getMethod()).isEqualTo(DuplicateMethod.EXACT);
    }

    @Test
    void shouldIndexUniqueAndDuplicateArticlesByIdWhenTheyAreDecided() {
        Article original = TestArticles.article("a1", "Dockworkers strike in Rotterdam", STRIKE);
        original.setUrl("https://news.example/a1");
        Article copy = TestArticles.article("a2", "Rotterdam port at a standstill", STRIKE);
        copy.setIngestedAt(original.getIngestedAt().plusSeconds(60));
        copy.setSource("Other News");
        raw.pipeInput("a1", original);
        raw.pipeInput("a2", copy);

        WindowStore<String, IndexedArticle> index = driver.getWindowStore(ArticleIndexStage.STORE);
        IndexedArticle unique = index.fetch("a1", original.getIngestedAt().toEpochMilli());
        assertThat(unique.getStatus()).isEqualTo(IndexedArticleStatus.UNIQUE);
        assertThat(unique.getUrl()).isEqualTo("https://news.example/a1");
        assertThat(unique.getLanguage()).isEqualTo("en");
        assertThat(unique.getEntities()).extracting(e -> e.getName()).contains("Rotterdam");
        IndexedArticle duplicate = index.fetch("a2", copy.getIngestedAt().toEpochMilli());
        assertThat(duplicate.getStatus()).isEqualTo(IndexedArticleStatus.DUPLICATE);
        assertThat(duplicate.getTitle()).isEqualTo("Rotterdam port at a standstill");
        assertThat(duplicate.getSource()).isEqualTo("Other News");
        assertThat(duplicate.getDuplicateOf().getArticleId()).isEqualTo("a1");
        assertThat(duplicate.getDuplicateOf().getMethod()).isEqualTo("EXACT");
    }

    @Test
    void shouldLearnDocumentFrequenciesWhenArticlesFlow() {
        List<String> bodies = List.of(
            "The city council approved a new budget for public libraries, adding evening hours and hiring twelve librarians.",
            "A late frost damaged apricot orchards across the valley, and growers expect the harvest to fall by a third.",
            "The national football team won the qualifier in extra time after a penalty in the final minute of play.");
        for (int i = 0; i < bodies.size(); i++) {
            raw.pipeInput("d" + i, TestArticles.article("d" + i, "Story " + i, bodies.get(i)));
        }
        assertThat(enriched.readKeyValuesToList()).hasSize(3);
        var store = driver.<String, Long>getKeyValueStore(EnrichStage.DOCUMENT_FREQUENCY_STORE);
        assertThat(store.get("\u0000documents")).isEqualTo(3L);
    }

    @Test
    void shouldDecideEveryArticleWhenPublicationDatesAreYearsApartOrMissing() {
        // publication times years apart, and one missing: dedup must not drop any (regression: the
        // horizon-bounded stores once dropped articles whose publication time lay behind stream time)
        List<String> bodies = List.of(
            "The city council approved a new budget for public libraries, adding evening hours and hiring twelve librarians.",
            "A late frost damaged apricot orchards across the valley, and growers expect the harvest to fall by a third.",
            "The national football team won the qualifier in extra time after a penalty in the final minute of play.");
        List<Instant> published = java.util.Arrays.asList(Instant.parse("2026-11-20T08:00:00Z"), null,
            Instant.parse("2019-03-01T08:00:00Z"));
        for (int i = 0; i < bodies.size(); i++) {
            Article article = TestArticles.article("p" + i, "Story " + i, bodies.get(i));
            article.setPublishedAt(published.get(i));
            article.setIngestedAt(Instant.parse("2026-11-22T08:00:00Z").plusSeconds(i));
            raw.pipeInput("p" + i, article);
        }
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactlyInAnyOrder("p0", "p1", "p2");
    }
}
