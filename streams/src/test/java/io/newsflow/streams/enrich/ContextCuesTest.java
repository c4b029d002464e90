package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Context that types a name no list holds, each on the shape of a mistake seen on blind articles
 * and on a variant with other names, so the rule is tested, not the name.
 */
class ContextCuesTest {

    private EntityType type(List<Entity> entities, String name) {
        return entity(entities, name).type();
    }

    @Test
    void shouldTypeAWorkplaceAsOrganisationWhenStaffWorkThereThoughItSays() {
        List<Entity> entities = entities("en", "Analysts at Jefferies said others could follow.",
                "An economist at Nordhaven told reporters the cut was late.");
        assertThat(type(entities, "Jefferies")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(entities, "Nordhaven")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeALeadersSurnameAsPersonWhenItNamesAnAdministration() {
        List<Entity> entities = entities("en", "The Biden administration set a goal. Critics of the Kowalczyk government disagreed.");
        assertThat(type(entities, "Biden")).isEqualTo(EntityType.PERSON);
        assertThat(type(entities, "Kowalczyk")).isEqualTo(EntityType.PERSON);
        assertThat(entities("en", "Voters rejected the Tory government in May.")).extracting(Entity::type)
                .doesNotContain(EntityType.PERSON);
    }

    @Test
    void shouldNotMakeAPersonOfSaidWhenTheNameEndsInAPlaceOrHasManyWords() {
        List<Entity> entities = entities("en", "But Focus Ireland said it would not help.",
                "The Independent Electricity System Operator said the grid would cope.",
                "Later, Chandni Raina said the sum was paltry.");
        assertThat(type(entities, "Focus Ireland")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(entities, "Independent Electricity System Operator")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(entities, "Chandni Raina")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldNameTheMinisterWithoutTheDepartmentWhenTitleForDepartmentPrecedes() {
        List<Entity> entities = entities("en", "Minister for Housing James Browne said the homes would be let.");
        assertThat(entities).extracting(Entity::name).contains("James Browne").doesNotContain("Housing James Browne");
    }

    @Test
    void shouldTypeARoutesStartAsPlaceWhenFromAndToFrameIt() {
        List<Entity> entities = entities("en", "The first train ran from Hebbal to Yelahanka on Sunday.");
        assertThat(type(entities, "Hebbal")).isEqualTo(EntityType.LOCATION);
        assertThat(type(entities, "Yelahanka")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldReadAWireDatelinesTownInCapitalsAsAPlaceNotAnAcronym() {
        List<Entity> entities = entities("en", "TUCSON, Ariz. (AP) — The utility will raise rates, it said.",
                "NATO said nothing.");
        assertThat(type(entities, "Tucson")).isEqualTo(EntityType.LOCATION);
        assertThat(type(entities, "NATO")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypePlaceWhenTheNameEndsInCreek() {
        List<Entity> entities = entities("en", "Defences will be built along Shoal Creek and Waller Creek.");
        assertThat(type(entities, "Shoal Creek")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldKeepAListedNameWholeWhenItsFirstWordIsAlsoAFunctionWord() {
        List<Entity> entities = entities("es", "Los gobiernos de Chile y Estados Unidos firmaron un acuerdo.");
        assertThat(entities).extracting(Entity::name).contains("Chile", "Estados Unidos").doesNotContain("Unidos");
    }
}
