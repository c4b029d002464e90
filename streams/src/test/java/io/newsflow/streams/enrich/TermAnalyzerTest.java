package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    @Test
    void shouldStemWithSnowballWhenLanguageIsKnown() {
        assertThat(new TermAnalyzer("en").stem("strikes")).isEqualTo("strike");
        assertThat(new TermAnalyzer("de").stem("häfen")).isEqualTo(Stems.of("de").stem("häfen"));
    }

    @Test
    void shouldRejectStopWordsAndNumbersWhenNormalising() {
        TermAnalyzer en = new TermAnalyzer("en");
        assertThat(en.normalise("the")).isNull();
        assertThat(en.normalise("2024")).isNull();
        assertThat(en.normalise("europe's")).isEqualTo("europe");
        assertThat(new TermAnalyzer("de").normalise("und")).isNull();
    }

    @Test
    void shouldFallBackToEnglishWhenLanguageIsUnknown() {
        assertThat(new TermAnalyzer(null).normalise("the")).isNull();
        assertThat(Languages.get("xx").code()).isEqualTo("en");
    }
}
