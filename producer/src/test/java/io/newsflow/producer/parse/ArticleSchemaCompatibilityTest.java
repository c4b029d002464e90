package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.BodyBlock;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;

/**
 * The producer grew {@code Article}: consumers on the new schema must still read events written
 * with the foundation's schema (BACKWARD), so new fields are optional with defaults.
 */
class ArticleSchemaCompatibilityTest {

    @Test
    void shouldReadFoundationArticlesWhenReaderUsesTheExtendedSchema() throws IOException {
        Schema.Parser parser = new Schema.Parser();
        for (Schema shared : new Schema[] {ArticleType.getClassSchema(), BodyBlock.getClassSchema(), InputFormat.getClassSchema(),
                TimeProvenance.getClassSchema()}) {
            parser.parse(shared.toString());
        }
        Schema released;
        try (InputStream in = getClass().getResourceAsStream("/released/Article-0.1-foundation.avsc")) {
            released = parser.parse(in);
        }
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(Article.getClassSchema(), released);
        assertThat(result.getType()).as(result.getDescription()).isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        for (Schema.Field f : Article.getClassSchema().getFields()) {
            assertThat(f.doc()).as("doc of " + f.name()).isNotBlank();
        }
    }
}
