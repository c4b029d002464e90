package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrichmentJsonTest {

    static final Enrichment SAMPLE = new Enrichment("en", 0.9, 120, 6, 3, 31,
            List.of(new Entity("Germany", EntityType.LOCATION, 2, "DE"), new Entity("Anna Berg", EntityType.PERSON, 1, null)),
            List.of(new Keyword("strike", 2.5)), new Tone(1.5, 3.0, -2.25),
            List.of(new Quote("We stay", "Anna Berg"), new Quote("too late", null)), Set.of("strike"),
            new Enrichment.Provenance("1.0.0", Map.of("lucene-analysis-common", "9.12.3")));

    @Test
    void shouldUseTheIssueFieldNamesWhenRendering() {
        ObjectNode json = EnrichmentJson.toJson(SAMPLE, "ab12", 255L);
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("wordCount").asInt()).isEqualTo(120);
        assertThat(json.get("entities").get(0).get("name").asText()).isEqualTo("Germany");
        assertThat(json.get("entities").get(0).get("type").asText()).isEqualTo("LOCATION");
        assertThat(json.get("entities").get(0).get("mentions").asInt()).isEqualTo(2);
        assertThat(json.get("entities").get(0).get("countryCode").asText()).isEqualTo("DE");
        assertThat(json.get("entities").get(1).has("countryCode")).isFalse();
        assertThat(json.get("keywords").get(0).get("term").asText()).isEqualTo("strike");
        assertThat(json.get("keywords").get(0).get("score").asDouble()).isEqualTo(2.5);
        assertThat(json.get("tone").get("polarity").asDouble()).isEqualTo(-2.25);
        assertThat(json.get("quotes").get(1).get("speaker").isNull()).isTrue();
        assertThat(json.get("contentHash").asText()).isEqualTo("ab12");
        assertThat(json.get("simhash").asText()).isEqualTo("00000000000000ff");
        assertThat(json.get("provenance").get("libraries").get("lucene-analysis-common").asText()).isEqualTo("9.12.3");
    }

    @Test
    void shouldRenderNullToneAndEmptyFingerprintsWhenAbsent() {
        Enrichment noTone = new Enrichment("de", 0.8, 1, 1, 1, 1, List.of(), List.of(), null, List.of(), Set.of(),
                SAMPLE.provenance());
        ObjectNode json = EnrichmentJson.toJson(noTone);
        assertThat(json.get("tone").isNull()).isTrue();
        assertThat(json.get("contentHash").asText()).isEmpty();
        assertThat(json.get("simhash").asText()).isEqualTo("0000000000000000");
    }
}
