package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDocumentFrequenciesTest {

    @Test
    void shouldCountDocumentsAndTermsWhenDocumentsAreAdded() {
        InMemoryDocumentFrequencies df = new InMemoryDocumentFrequencies();
        df.addDocument(List.of("port", "strike"));
        df.addDocument(List.of("port"));
        assertThat(df.documentCount()).isEqualTo(2);
        assertThat(df.documentFrequency("port")).isEqualTo(2);
        assertThat(df.documentFrequency("strike")).isEqualTo(1);
        assertThat(df.documentFrequency("unknown")).isZero();
    }
}
