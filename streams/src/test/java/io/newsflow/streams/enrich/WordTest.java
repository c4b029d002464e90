package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTest {

    @Test
    void shouldReturnTheSameWordWhenTheSameSurfaceComesAgain() {
        Word first = Word.of("the harbour strike", 4, 11);
        assertThat(first.surface()).isEqualTo("harbour");
        assertThat(Word.of("harbour")).isSameAs(first);
    }

    @Test
    void shouldKeepSurfacesApartWhenOnlyCaseDiffers() {
        Word upper = Word.of("Berlin");
        Word lower = Word.of("berlin");
        assertThat(upper).isNotSameAs(lower);
        assertThat(upper.surface()).isEqualTo("Berlin");
        assertThat(upper.lower()).isEqualTo("berlin");
        assertThat(upper.capitalised()).isTrue();
        assertThat(lower.capitalised()).isFalse();
    }

    @Test
    void shouldTellWordsApartWhenTheyAreLongOrNotLatin1() {
        // longer than 8 chars or beyond U+00FF: compared by string, not by packed chars
        assertThat(Word.of("Hapag-Lloyd").surface()).isEqualTo("Hapag-Lloyd");
        assertThat(Word.of("Hapag-Lloye").surface()).isEqualTo("Hapag-Lloye");
        assertThat(Word.of("Ελλάδα").lower()).isEqualTo("ελλάδα");
        assertThat(Word.of("Ελλάδα")).isSameAs(Word.of("xΕλλάδα", 1, 7));
    }

    @Test
    void shouldCarryTheSameAnswersAsTheListsWhenLookedUp() {
        Word the = Word.of("The");
        assertThat(the.stopLanguages() & 1).isEqualTo(1); // English is Languages.all().get(0)
        assertThat(Word.of("Germany").has(Gazetteer.PLACE)).isTrue();
        assertThat(Word.of("Germany").gazetteer()).isEqualTo(Gazetteer.get().flags("germany"));
        assertThat(Word.of("not").negator()).isTrue();
        assertThat(Word.of("Putin's").possessive()).isTrue();
        assertThat(Word.of("crisis").tone()).isEqualTo(ToneScorer.lexiconWeight("crisis"));
    }

    @Test
    void shouldStayCorrectWhenManyWordsEvictEachOther() {
        for (int i = 0; i < 400_000; i++) {
            String s = "w" + i;
            assertThat(Word.of("x" + s + "y", 1, s.length() + 1).surface()).isEqualTo(s);
        }
        assertThat(Word.of("harbour").lower()).isEqualTo("harbour");
    }

    @Test
    void shouldStripTheElisionOfTheLowerCaseFormOnceWhenAsked() {
        assertThat(Word.of("d'Espagne").lowerWithoutElision()).isEqualTo("espagne");
        assertThat(Word.of("dell'Ambiente").lowerWithoutElision()).isEqualTo("ambiente");
        Word plain = Word.of("Espagne");
        assertThat(plain.lowerWithoutElision()).isSameAs(plain.lower()); // nothing to strip: the same string
    }
}
