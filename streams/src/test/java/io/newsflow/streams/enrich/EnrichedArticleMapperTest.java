package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.EnrichedArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class EnrichedArticleMapperTest {

    private final Article article = TestArticles.article("T", "Lead in Paris.");

    @Test
    void shouldMapEveryFieldWhenBuildingTheAvroEvent() {
        EnrichedArticle event = EnrichedArticleMapper.toAvro(article, EnrichmentJsonTest.SAMPLE, Instant.ofEpochMilli(5), "ab", -1L);
        assertThat(event.getWordCount()).isEqualTo(120);
        assertThat(event.getEnrichmentVersion()).isEqualTo("1.0.0");
        assertThat(event.getLanguage()).isEqualTo("en");
        assertThat(event.getEntities().get(0).getCountryCode()).isEqualTo("DE");
        assertThat(event.getEntities().get(1).getType()).isEqualTo(io.newsflow.avro.EntityType.PERSON);
        assertThat(event.getKeywords().get(0).getScore()).isEqualTo(2.5);
        assertThat(event.getTone().getNegative()).isEqualTo(3.0);
        assertThat(event.getQuotes().get(0).getSpeaker()).isEqualTo("Anna Berg");
        assertThat(event.getContentHash()).isEqualTo("ab");
        assertThat(event.getSimhash()).isEqualTo(-1L);
        assertThat(event.getProvenance().getLibraries()).containsEntry("lucene-analysis-common", "9.12.3");
    }

    @Test
    void shouldRoundTripThroughAvroBinaryWhenSerialised() throws IOException {
        EnrichedArticle event = EnrichedArticleMapper.toAvro(article, new Enricher().enrich(article, new InMemoryDocumentFrequencies()),
                Instant.ofEpochMilli(5), "", 0L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(EnrichedArticle.class).write(event, encoder);
        encoder.flush();
        EnrichedArticle back = new SpecificDatumReader<>(EnrichedArticle.class)
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        assertThat(back).isEqualTo(event);
    }

    @Test
    void shouldReadOldEventsWhenSchemaIsTheFoundationVersion() throws IOException {
        String old;
        try (InputStream in = getClass().getResourceAsStream("/enrichment-schema/EnrichedArticle-foundation.avsc")) {
            old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema.Parser parser = new Schema.Parser();
        parser.parse(Article.getClassSchema().toString());
        Schema writer = parser.parse(old);
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(EnrichedArticle.getClassSchema(), writer);
        assertThat(result.getType()).isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }
}
