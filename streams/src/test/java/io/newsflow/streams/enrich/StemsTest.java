package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemsTest {

    @Test
    void shouldReturnSameStemWhenAskedTwice() {
        Stems stems = Stems.of("en");
        assertThat(stems.stem("running")).isEqualTo("run");
        assertThat(stems.stem("running")).isEqualTo("run");
        assertThat(Stems.of("en")).isSameAs(stems);
    }

    @Test
    void shouldUseLanguageStemmerWhenLanguageIsGiven() {
        assertThat(Stems.of("fr").stem("agriculteurs")).isEqualTo("agriculteur");
    }
}
