package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void shouldCountWordsWhenTextHasPunctuationApostrophesAndHyphens() {
        assertThat(ArticleText.wordCount("Europe's busiest port — night-shift pay, 9 percent.")).isEqualTo(7);
    }

    @Test
    void shouldCountNoWordsWhenTextIsBlank() {
        assertThat(ArticleText.wordCount("  \n — ")).isZero();
    }

    @Test
    void shouldCountNonAsciiLettersAsWordsWhenNamesHaveAccents() {
        assertThat(ArticleText.wordCount("Élodie Marchetti in Türkiye")).isEqualTo(4);
    }
}
