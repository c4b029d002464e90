package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names the eighteenth blind round's HTML pages (2026-11-30) showed wrong: a rank before a
 * person, the Arabic article inside a name, a surname no list holds, a dotted initialism, a
 * company's short name, a span of months, a label alone in its paragraph, staff "at" a
 * hyphenated company; and from the held-out HTML pages after it: an opening preposition and
 * article before a name, "Port X and Port Y", a company in the title that holds a place's name.
 */
class NamesOnHtmlPagesEntityTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extract(String... paragraphs) {
        return extractor.extract(TestArticles.text("Title", null, paragraphs), "en", List.of(), null).entities();
    }

    @Test
    void shouldTypeThePersonWithoutTheRankWhenAMilitaryRankPrecedesTheName() {
        List<Entity> entities = extract("Its commander, Rear Admiral Vasileios Gryparis, said the mission lacked ships.");
        assertThat(entity(entities, "Vasileios Gryparis").type()).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Rear Admiral Vasileios Gryparis");
    }

    @Test
    void shouldKeepTheArabicArticleWhenItStandsInsideAName() {
        List<Entity> entities = extract("Missiles hit two ships near Bab el-Mandeb on Tuesday.",
                "President Abdel Fattah el-Sisi met the shipping lines in Cairo.");
        assertThat(entity(entities, "Bab el-Mandeb").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Abdel Fattah el-Sisi").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldTypeAPersonWhenTheSurnameEndingSaysSoAndNoListKnowsTheName() {
        List<Entity> entities = extract("Darwin Núñez headed in a cross, and Salah rounded Emiliano Martínez.",
                "LNG Hrvatska said the terminal was full.");
        assertThat(entity(entities, "Darwin Núñez").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "Emiliano Martínez").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "LNG Hrvatska").type()).as("an acronym opens a company").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldJoinTheShortNameAndKeepTheFullStopWhenACompanyAndAnInitialismRecur() {
        List<Entity> entities = extract("Toyota Motor will invest $2 billion in the U.S. plant, the company said.",
                "Toyota shares rose 2.1% in Tokyo, and hybrids made up 40% of its U.S. sales.");
        assertThat(entity(entities, "Toyota Motor").mentions()).isEqualTo(2);
        assertThat(entity(entities, "U.S.").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("Toyota", "U.S", "U.s.");
    }

    @Test
    void shouldSplitTheNameAfterItsOpeningWordsWhenAPrepositionOrARepeatedWordJoinsThem() {
        List<Entity> entities = extractor.extract(TestArticles.text("Title", null,
                "Según la Asociación Valenciana de Empresarios, 4.000 empresas siguen sin suministro."), "es", List.of(), null)
                .entities();
        assertThat(entity(entities, "Asociación Valenciana de Empresarios").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(extract("The fees it pays to Port Botany and Port Kembla will fall.")).extracting(Entity::name)
                .contains("Port Botany", "Port Kembla").doesNotContain("Port Botany and Port Kembla");
    }

    @Test
    void shouldNotImplyThePlaceWhenTheTitleNamesACompanyThatHoldsIt() {
        List<Entity> entities = extractor.extract(TestArticles.text("Kenya Airways returns to profit", null,
                "Kenya Airways reported its first profit in a decade, chief executive Allan Kilavuka said in Nairobi."),
                "en", List.of(), null).entities();
        assertThat(entity(entities, "Kenya Airways").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("Kenya");
    }

    @Test
    void shouldNameNothingWhenAMonthSpanOrALabelAloneLooksLikeAName() {
        List<Entity> entities = extract("SUMMARY", "Sales rose in the July-September quarter.",
                "Analysts at Sea-Intelligence said the detour adds ten days.");
        assertThat(entities).extracting(Entity::name).doesNotContain("SUMMARY", "July-September");
        assertThat(entity(entities, "Sea-Intelligence").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
