package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names the held-out plain-text pages of large sites (2026-11-30) showed wrong: a person after an
 * organisation's title whose given name no list holds, a named storm, a sentence opened by an
 * elided article, a bridge named after a person, a union whose name holds "and".
 */
class LargeSitePagesEntityTest {

    @Test
    void shouldSplitThePersonFromTheTitlesWhenTheGivenNameIsNoListedName() {
        List<Entity> entities = entities("en", "Fed Chair Jerome Powell has said he will serve out his term.",
                "The vote was 52-47. Senate Majority Leader Chuck Schumer welcomed it.");
        assertThat(entity(entities, "Jerome Powell").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "Chuck Schumer").type()).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Fed Chair Jerome Powell");
    }

    @Test
    void shouldNameOnlyThePersonWhenAPortfolioStandsBeforeMinister() {
        List<Entity> entities = entities("en", "Social Affairs Minister Eddy van Hijum said the bill would end exploitation.");
        assertThat(entity(entities, "Eddy van Hijum").type()).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Social Affairs");
    }

    @Test
    void shouldNameNothingWhenAStormOrAnElidedArticleOpensTheSpan() {
        assertThat(entities("en", "Storm Bert brought winds of 82mph to Wales.")).extracting(Entity::name)
                .doesNotContain("Storm Bert").contains("Wales");
        assertThat(entities("it", "L'amministratore delegato di Stellantis ha incontrato i sindacati."))
                .extracting(Entity::name).doesNotContain("L'amministratore").contains("Stellantis");
    }

    @Test
    void shouldKeepOneNameWhenABridgeHonoursAPersonOrAUnionNameHoldsAnd() {
        List<Entity> entities = entities("en", "When the Francis Scott Key Bridge collapsed, the port lost its channel.",
                "The International Association of Machinists and Aerospace Workers has been on strike since September.");
        assertThat(entity(entities, "Francis Scott Key Bridge").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "International Association of Machinists and Aerospace Workers").type())
                .isEqualTo(EntityType.ORGANIZATION);
    }
}
