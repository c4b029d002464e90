package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

    private final CandidateFinder finder = new CandidateFinder();

    private List<String> names(String text) {
        return finder.find(List.of(Paragraph.of(text)), 1 << Languages.index("en"), Set.of(), false)
                .stream().map(Candidate::name).toList();
    }

    @Test
    void shouldJoinConnectorsWhenTheyLinkCapitalisedWords() {
        assertThat(names("He met Pieter de Graaf at the University of Warsaw.")).containsExactly("Pieter de Graaf", "University of Warsaw");
    }

    @Test
    void shouldSplitListsWhenJoinedByAnd() {
        assertThat(names("Maersk and Hapag-Lloyd diverted ships.")).containsExactly("Maersk", "Hapag-Lloyd");
        assertThat(names("Mediators from the Social and Economic Council met.")).containsExactly("Mediators", "Social and Economic Council");
    }

    @Test
    void shouldStopSpanWhenPunctuationOrCalendarWordIntervenes() {
        assertThat(names("Delegates met in Baku on Monday, Europe said.")).containsExactly("Delegates", "Baku", "Europe");
    }

    @Test
    void shouldStripPossessiveWhenNameEndsInApostropheS() {
        assertThat(names("It is Europe's busiest port.")).containsExactly("Europe");
    }

    @Test
    void shouldFindKnownPhraseWhenLaterWordsAreLowerCase() {
        List<Candidate> found = finder.find(List.of(Paragraph.of("Il réclame une pause de l'Union européenne.")),
                1 << Languages.index("fr"), Set.of(), false);
        assertThat(found).extracting(Candidate::name).contains("Union européenne");
    }

    @Test
    void shouldReadAppositionWhenCommaFollowsName() {
        List<Candidate> found = finder.find(List.of(Paragraph.of("Deals by Verdi, the services union, stalled.")),
                1 << Languages.index("en"), Set.of(), false);
        assertThat(found.get(found.size() - 1).appositive()).isEqualTo(" the services union");
    }
}
