package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityClassifierTest {

    private final CandidateFinder finder = new CandidateFinder();
    private final EntityClassifier classifier = new EntityClassifier();

    private EntityClassifier.Typed classifyLast(String text) {
        List<Candidate> found = finder.find(List.of(Paragraph.of(text)), 1 << Languages.index("en"), Set.of(), false);
        return classifier.classify(found.get(found.size() - 1), Map.of(), "en");
    }

    @Test
    void shouldTypePersonWhenSpanStartsWithGivenName() {
        assertThat(classifyLast("It was decided by Anna Kowalska.").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldTypeOrganisationWhenApositionNamesACompany() {
        EntityClassifier.Typed typed = classifyLast("They hired Northwind Analytics, a data software company, last year.");
        assertThat(typed.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeLocationWhenSingleUnknownWordFollowsIn() {
        EntityClassifier.Typed typed = classifyLast("Clinics in Zorbitz were full.");
        assertThat(typed.type()).isEqualTo(EntityType.LOCATION);
        assertThat(typed.strength()).isEqualTo(EntityClassifier.Strength.DEFAULT);
    }

    @Test
    void shouldTypeAcronymAsOrganisationWhenUnknown() {
        assertThat(classifyLast("The union FNV struck.").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldRejectLawsAndEventsWhenNameEndsInAct() {
        assertThat(classifyLast("It includes the Chips Act.")).isNull();
    }

    @Test
    void shouldMarkWeakWhenSingleWordOpensSentence() {
        assertThat(classifyLast("Sterling slipped.").strength()).isEqualTo(EntityClassifier.Strength.WEAK);
    }
}
