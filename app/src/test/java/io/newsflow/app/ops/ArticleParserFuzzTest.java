package io.newsflow.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.testing.FuzzInputs;
import io.newsflow.avro.Article;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.ParseOutcome;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz of the pure parser: thousands of seeded random and malformed inputs. Every input gets at
 * least one outcome; an outcome is an article that encodes as Avro or a rejection with a reason;
 * nothing throws. The seed is fixed so CI is reproducible; {@code -Dfuzz.seed=N} tries another one.
 */
class ArticleParserFuzzTest {
    private static final int INPUTS = 3_000;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void shouldParseOrRejectEveryInputWhenInputsAreRandomAndMalformed() {
        long seed = Long.getLong("fuzz.seed", 20_261_129L);
        System.out.println("ArticleParserFuzzTest seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        FuzzInputs inputs = new FuzzInputs(seed, 2_000_000);
        ArticleParser parser = new ArticleParser();
        SpecificDatumWriter<Article> writer = new SpecificDatumWriter<>(Article.class);
        Map<RejectionReason, Integer> rejections = new EnumMap<>(RejectionReason.class);
        int articles = 0;
        for (int n = 0; n < INPUTS; n++) {
            InputDocument doc = inputs.next(n);
            List<ParseOutcome> outcomes;
            try {
                outcomes = parser.parse(doc);
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ", input " + n + " (" + doc.origin() + ", " + doc.content().length
                    + " bytes) threw", t);
            }
            assertThat(outcomes).as("seed %d, input %d: outcomes", seed, n).isNotEmpty();
            for (ParseOutcome outcome : outcomes) {
                if (outcome instanceof ParseOutcome.Parsed parsed) {
                    articles++;
                    assertEncodes(writer, parsed.article(), seed, n);
                } else if (outcome instanceof ParseOutcome.Rejected rejected) {
                    assertThat(rejected.rejection().reason()).as("seed %d, input %d: reason", seed, n).isNotBlank();
                    assertThat(rejected.rejection().toAvro()).isNotNull();
                    rejections.merge(rejected.rejection().code(), 1, Integer::sum);
                }
            }
        }
        System.out.println("ArticleParserFuzzTest: " + INPUTS + " inputs -> " + articles + " articles, rejections " + rejections);
        assertThat(articles).as("some inputs are articles").isPositive();
        assertThat(rejections).as("some inputs are rejected").isNotEmpty();
    }

    private static void assertEncodes(SpecificDatumWriter<Article> writer, Article article, long seed, int n) {
        assertThat(article.getArticleId()).as("seed %d, input %d: articleId", seed, n).isNotBlank();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(article, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            fail("seed " + seed + ", input " + n + ": the article does not encode as Avro", e);
        }
    }
}
