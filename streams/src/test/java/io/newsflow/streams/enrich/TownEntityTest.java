package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GeoNames towns and regions type a name only when nothing else does: a town in running text is
 * a place, but a person's surname, a club or a company that shares a town's name keeps the type
 * its context gives it.
 */
class TownEntityTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extract(String language, String... paragraphs) {
        return extractor.extract(TestArticles.text("Title", null, paragraphs), language, List.of(), null).entities();
    }

    private static EntityType type(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().map(Entity::type)
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    @Test
    void shouldTypeLocationWhenOnlyTheTownListKnowsTheName() {
        List<Entity> entities = extract("en",
                "Exports from Valais rose by a tenth, and the chip-machine plant at Veldhoven hired 300 people.",
                "Kourou will host two more launches this year, while Puerto Madryn expects fewer cruise ships.");
        for (String town : List.of("Valais", "Veldhoven", "Kourou", "Puerto Madryn")) {
            assertThat(type(entities, town)).as(town).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void shouldTypePersonWhenATownNameIsUsedAsASurname() {
        List<Entity> entities = extract("en", "The deal was fair, Hamilton said.",
                "The engineer Sarah Lincoln joined in May. Lincoln leads the team.");
        assertThat(type(entities, "Hamilton")).isEqualTo(EntityType.PERSON);
        assertThat(type(entities, "Sarah Lincoln")).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Lincoln");
    }

    @Test
    void shouldTypeOrganisationWhenATownNameIsListedWithACompanyOrHasARole() {
        List<Entity> entities = extract("en", "Most of the lithium is mined by SQM and Albemarle under state contracts.",
                "The club will decide soon. Benfica president Rui Costa said the offer was generous.");
        assertThat(type(entities, "Albemarle")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(entities, "Benfica")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(entities, "Rui Costa")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldKeepATownALocationWhenAReportingClauseOrAnotherClauseFollowsIt() {
        // ", the company said" reports, it describes nothing; ", and the ... Agency expects" joins clauses
        List<Entity> entities = extract("en",
                "Work stopped at the second plant near Helmond, the company said on Friday, as demand fell.",
                "A new line runs to Eindhoven from Kourou, and the Energy Agency expects more by 2030.");
        assertThat(type(entities, "Helmond")).isEqualTo(EntityType.LOCATION);
        assertThat(type(entities, "Kourou")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldNotUseTownsWhenTheTextIsGerman() {
        // German capitalises every noun: a town list would turn nouns into places
        assertThat(extract("de", "Die Produktion in der Fabrik wurde nach Helmond verlegt, sagte Jackson Weber."))
                .extracting(Entity::name).doesNotContain("Helmond");
    }
}
