package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spelling rules of a group's name: a dateline's place in capitals, a shouted surname. */
class MentionGroupTest {

    @Test
    void shouldReadCapitalsOnlyWhenEveryWordHasThreeCapitalsOrMoreAndNoFullStop() {
        assertThat(MentionGroup.isCapitalsOnly("NEW YORK")).isTrue();
        assertThat(MentionGroup.isCapitalsOnly("TOKYO")).isTrue();
        assertThat(MentionGroup.isCapitalsOnly("SÃO PAULO")).isTrue();
        assertThat(MentionGroup.isCapitalsOnly("BADEN-WÜRTTEMBERG")).isTrue();
    }

    @Test
    void shouldNotReadCapitalsOnlyWhenAWordIsShortLowerCaseOrAnInitialism() {
        assertThat(MentionGroup.isCapitalsOnly("USA")).isFalse(); // one word of three letters: an initialism
        assertThat(MentionGroup.isCapitalsOnly("U.S. NAVY")).isFalse();
        assertThat(MentionGroup.isCapitalsOnly("New York")).isFalse();
        assertThat(MentionGroup.isCapitalsOnly("LA PAZ")).isFalse();
        assertThat(MentionGroup.isCapitalsOnly("NEW  YORK")).isFalse(); // an empty word between two spaces
        assertThat(MentionGroup.isCapitalsOnly("")).isFalse();
    }

    @Test
    void shouldTitleCaseOnlyTheShoutedWordsWhenANameShouts() {
        assertThat(MentionGroup.titleCaseShouting("Tomas HALVORSEN")).isEqualTo("Tomas Halvorsen");
        assertThat(MentionGroup.titleCaseShouting("Ana Souza")).isEqualTo("Ana Souza");
    }
}
