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

    @Test
    void shouldMarkAWordNoTermOnlyWhenNormalisingRejectsItInThatLanguage() {
        // keyword counting skips the marked words unread: the mark must never hide a term
        for (String lower : new String[] {"the", "und", "let's", "it's", "europe's", "2024", "to", "said", "harbour", "über"}) {
            int mask = Word.of(lower).notTermLanguages();
            for (Languages.Language language : Languages.all()) {
                TermAnalyzer analyzer = new TermAnalyzer(language.code());
                if ((mask & analyzer.languageBit()) != 0) {
                    assertThat(analyzer.normalise(lower)).as(lower + " in " + language.code()).isNull();
                }
            }
        }
        assertThat(Word.of("the").notTermLanguages() & new TermAnalyzer("en").languageBit()).isNotZero();
        assertThat(Word.of("harbour").notTermLanguages() & new TermAnalyzer("en").languageBit()).isZero();
    }
}
