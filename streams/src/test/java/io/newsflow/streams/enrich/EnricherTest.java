package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private final Enricher enricher = new Enricher();

    private final Article article = TestArticles.article("Dockers strike in Rotterdam",
            "Dockworkers in Rotterdam walked out on Monday.", List.of("Marta Kowalczyk"), "Portline.Info",
            "Union leader Joris Verbeek said the strike would last. \u201CWe stay out until they move,\u201D Verbeek said.",
            "## What comes next",
            "Mediators meet on Thursday. Shipping lines are diverting cargo to Antwerp.");

    @Test
    void shouldCountWordsSentencesAndParagraphsWhenEnriching() {
        Enrichment e = enricher.enrich(article, new InMemoryDocumentFrequencies());
        assertThat(e.wordCount()).isEqualTo(4 + 7 + 17 + 3 + 11);
        assertThat(e.sentenceCount()).isEqualTo(5);
        assertThat(e.paragraphCount()).isEqualTo(3);
        assertThat(e.readingTimeSeconds()).isEqualTo((int) Math.ceil(42 * 60.0 / 238));
    }

    @Test
    void shouldFillEveryFieldWhenArticleIsEnglishNews() {
        Enrichment e = enricher.enrich(article, new InMemoryDocumentFrequencies());
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("Rotterdam", "Joris Verbeek", "Antwerp", "Marta Kowalczyk", "Portline.Info");
        assertThat(e.keywords()).isNotEmpty();
        assertThat(e.tone()).isNotNull();
        assertThat(e.quotes()).containsExactly(new Quote("We stay out until they move,", "Joris Verbeek"));
        assertThat(e.documentTerms()).contains("strike");
        assertThat(e.provenance().version()).isEqualTo(Enricher.VERSION);
        assertThat(e.provenance().libraries()).containsKeys("lucene-analysis-common", "jdk-locale-data", "tone-lexicon");
    }

    @Test
    void shouldEnrichEmptyArticleWithoutFailingWhenBodyIsEmpty() {
        Enrichment e = enricher.enrich(TestArticles.article("", null), new InMemoryDocumentFrequencies());
        assertThat(e.wordCount()).isZero();
        assertThat(e.language()).isNull();
        assertThat(e.entities()).isEmpty();
        assertThat(e.tone()).isNull();
    }

    @Test
    void shouldRejectNullInputsWhenEnriching() {
        assertThatThrownBy(() -> enricher.enrich(null, new InMemoryDocumentFrequencies())).hasMessageContaining("article");
        assertThatThrownBy(() -> enricher.enrich(article, null)).hasMessageContaining("frequencies");
    }
}
