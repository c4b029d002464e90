package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.ParseOutcome;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    private final SyntheticCorpus corpus = new SyntheticCorpus(4, 0.3);

    @Test
    void shouldGiveTheSameCorpusWhenSeedIsTheSame() {
        assertThat(corpus.generate(30, 7)).isEqualTo(corpus.generate(30, 7));
        assertThat(corpus.generate(30, 7)).isNotEqualTo(corpus.generate(30, 8));
    }

    @Test
    void shouldMixOriginalsExactAndNearCopiesWhenDuplicateRateIsSet() {
        List<SyntheticCorpus.Item> items = corpus.generate(200, 1);
        long copies = items.stream().filter(i -> i.kind() != SyntheticCorpus.Kind.ORIGINAL).count();
        assertThat(items.get(0).kind()).isEqualTo(SyntheticCorpus.Kind.ORIGINAL);
        assertThat(copies).isBetween(30L, 90L);
        assertThat(items).anyMatch(i -> i.kind() == SyntheticCorpus.Kind.EXACT_COPY)
            .anyMatch(i -> i.kind() == SyntheticCorpus.Kind.NEAR_COPY);
        double meanKb = items.stream().mapToInt(i -> i.text().length()).average().orElse(0) / 1024;
        assertThat(meanKb).isBetween(3.0, 5.5);
    }

    @Test
    void shouldParseIntoArticlesWithTitleAuthorAndDateWhenParsed() {
        ArticleParser parser = new ArticleParser();
        for (SyntheticCorpus.Item item : corpus.generate(20, 3)) {
            List<ParseOutcome> outcomes = parser.parse(InputDocument.ofText(item.text(), "t.txt", "text/plain", Instant.EPOCH));
            assertThat(outcomes).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
            Article article = ((ParseOutcome.Parsed) outcomes.get(0)).article();
            assertThat(article.getTitle()).isNotBlank();
            assertThat(article.getBody()).extracting(BodyBlock::getText).isNotEmpty();
            assertThat(article.getPublishedAt()).isNotNull();
        }
    }

    @Test
    void shouldNameTheOptionWhenSizeOrRateIsInvalid() {
        assertThatThrownBy(() -> new SyntheticCorpus(0, 0.1)).hasMessageContaining("--size-kb");
        assertThatThrownBy(() -> new SyntheticCorpus(8, 1.5)).hasMessageContaining("--duplicate-rate");
    }
}
