package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outlet a feed's title names, without the section or place a section's feed adds. */
class FeedTitlesTest {

    @Test
    void shouldDropTheSectionOrPlaceWhenTheFeedTitleAddsOne() {
        assertThat(FeedTitles.outlet("Weser-Kurier - Bremen", List.of(), List.of())).isEqualTo("Weser-Kurier");
        assertThat(FeedTitles.outlet("BBC News | Business", List.of(), List.of())).isEqualTo("BBC News");
        assertThat(FeedTitles.outlet("Politik – Der Spiegel", List.of(), List.of())).isEqualTo("Der Spiegel");
        assertThat(FeedTitles.outlet("Harbour Gazette - Ferries", List.of("Ferries", "Transport"), List.of())).isEqualTo("Harbour Gazette");
    }

    @Test
    void shouldKeepTheTitleWhenNoPartIsASectionPlaceOrCategory() {
        assertThat(FeedTitles.outlet("Ouest-France", List.of(), List.of())).isEqualTo("Ouest-France");
        assertThat(FeedTitles.outlet("Coastal Courier", List.of("Business"), List.of())).isEqualTo("Coastal Courier");
        assertThat(FeedTitles.outlet("Tech - Talk Weekly - Archive", List.of(), List.of())).isEqualTo("Tech - Talk Weekly - Archive");
        assertThat(FeedTitles.outlet(null, List.of(), List.of())).isNull();
    }
}
