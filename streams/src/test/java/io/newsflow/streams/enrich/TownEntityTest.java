package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GeoNames towns and regions type a name only when nothing else does: a town in running text is
 * a place, but a person's surname, a club or a company that shares a town's name keeps the type
 * its context gives it.
 */
class TownEntityTest {

    @Test
    void shouldTypeLocationWhenOnlyTheTownListKnowsTheName() {
        List<Entity> entities = entities("en",
                "Exports from Valais rose by a tenth, and the chip-machine plant at Veldhoven hired 300 people.",
                "Kourou will host two more launches this year, while Puerto Madryn expects fewer cruise ships.");
        for (String town : List.of("Valais", "Veldhoven", "Kourou", "Puerto Madryn")) {
            assertThat(entity(entities, town).type()).as(town).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void shouldTypePersonWhenATownNameIsUsedAsASurname() {
        List<Entity> entities = entities("en", "The deal was fair, Hamilton said.",
                "The engineer Sarah Lincoln joined in May. Lincoln leads the team.");
        assertThat(entity(entities, "Hamilton").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "Sarah Lincoln").type()).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Lincoln");
    }

    @Test
    void shouldTypeOrganisationWhenATownNameIsListedWithACompanyOrHasARole() {
        List<Entity> entities = entities("en", "Most of the lithium is mined by SQM and Albemarle under state contracts.",
                "The club will decide soon. Benfica president Rui Costa said the offer was generous.");
        assertThat(entity(entities, "Albemarle").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Benfica").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Rui Costa").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldKeepATownALocationWhenAReportingClauseOrAnotherClauseFollowsIt() {
        // ", the company said" reports, it describes nothing; ", and the ... Agency expects" joins clauses
        List<Entity> entities = entities("en",
                "Work stopped at the second plant near Helmond, the company said on Friday, as demand fell.",
                "A new line runs to Eindhoven from Kourou, and the Energy Agency expects more by 2030.");
        assertThat(entity(entities, "Helmond").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Kourou").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldUseTownsOnlyAfterAPlacePrepositionWhenTheTextIsGerman() {
        // German capitalises every noun: the town list is read only after "in", "nach", "aus" (since 2026-11-30)
        assertThat(entities("de", "Die Produktion in der Fabrik wurde nach Helmond verlegt, sagte Jackson Weber."))
                .extracting(Entity::name).contains("Helmond");
        assertThat(entities("de", "In Zukunft soll die Fabrik in Betrieb bleiben, sagte Jackson Weber."))
                .extracting(Entity::name).doesNotContain("Zukunft", "Betrieb");
    }
}
