package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneScorerTest {

    private final ToneScorer scorer = new ToneScorer();

    @Test
    void shouldScoreNegativeWhenTextReportsDisaster() {
        Tone tone = scorer.score(TestArticles.text("", null, "The flood killed twelve people and destroyed homes in a devastating night."), "en");
        assertThat(tone.negative()).isGreaterThan(tone.positive());
        assertThat(tone.polarity()).isNegative();
    }

    @Test
    void shouldScorePositiveWhenTextReportsSuccess() {
        Tone tone = scorer.score(TestArticles.text("", null, "The successful rescue was welcomed as a historic victory."), "en");
        assertThat(tone.positive()).isGreaterThan(tone.negative());
        assertThat(tone.polarity()).isPositive();
    }

    @Test
    void shouldFlipWeightWhenNegatorPrecedesWord() {
        Tone tone = scorer.score(TestArticles.text("", null, "The plan was not successful."), "en");
        assertThat(tone.polarity()).isNegative();
    }

    @Test
    void shouldReturnNullWhenLanguageHasNoLexicon() {
        assertThat(scorer.score(TestArticles.text("", null, "Die Flut war verheerend."), "de")).isNull();
    }
}
