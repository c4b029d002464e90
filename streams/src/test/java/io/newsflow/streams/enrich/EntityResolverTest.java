package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private EntityResolver.Result resolve(String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(Paragraph.of(p));
        }
        List<Candidate> candidates = new CandidateFinder().find(ps, 1 << Languages.index("en"), Set.of(), false);
        EntityClassifier classifier = new EntityClassifier();
        List<EntityClassifier.Typed> typed = new ArrayList<>();
        for (Candidate c : candidates) {
            typed.add(classifier.classify(c, Map.of(), "en"));
        }
        return new EntityResolver().resolve(typed, Map.of(), Map.of(), Map.of());
    }

    @Test
    void shouldMergeParticleSurnameWhenFullNameIsKnown() {
        EntityResolver.Result result = resolve("Pieter van der Berg spoke.", "Volgens Van der Berg is it fine.");
        assertThat(result.entities()).extracting(Entity::name).containsExactly("Pieter van der Berg");
        assertThat(result.entities().get(0).mentions()).isEqualTo(2);
    }

    @Test
    void shouldMergeAcronymWhenItMatchesInitialsOfAnOrganisation() {
        EntityResolver.Result result = resolve("The Zorbian Central Bank met.", "Later the ZCB raised rates.");
        assertThat(result.entities()).extracting(Entity::name).containsExactly("Zorbian Central Bank");
    }

    @Test
    void shouldDropWeakGuessesWhenNothingConfirmsThem() {
        assertThat(resolve("Sterling slipped in Paris.").entities()).extracting(Entity::name).containsExactly("Paris");
    }

    @Test
    void shouldKeepSentenceInitialNameWhenSeenMidSentenceElsewhere() {
        EntityResolver.Result result = resolve("Benfica president spoke.", "Fans of Benfica cheered.");
        assertThat(result.entities()).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
    }

    @Test
    void shouldTitleCaseShoutedSurnameWhenPersonIsInAByline() {
        EntityResolver.Result result = resolve("By Anna KOWALSKA in Paris.");
        assertThat(result.entities()).extracting(Entity::name).contains("Anna Kowalska");
    }
}
