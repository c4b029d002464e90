package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extract(String... paragraphs) {
        return extractor.extract(TestArticles.text("Title", null, paragraphs), "en", List.of(), null).entities();
    }

    @Test
    void shouldResolveSurnameToFullNameWhenArticleNamesThePersonInFull() {
        List<Entity> entities = extract("Vladimir Putin met envoys in Moscow.", "Putin said the talks were useful.",
                "Later Mr Putin left.");
        Entity putin = entity(entities, "Vladimir Putin");
        assertThat(putin.type()).isEqualTo(EntityType.PERSON);
        assertThat(putin.mentions()).isEqualTo(3);
        assertThat(entities).extracting(Entity::name).doesNotContain("Putin");
    }

    @Test
    void shouldIgnoreSentenceInitialCommonWordsWhenTheyAreCapitalisedOnlyThere() {
        List<Entity> entities = extract("Dockworkers walked out in Rotterdam. Officially, the talks failed. Analysts were surprised.");
        assertThat(entities).extracting(Entity::name).containsExactly("Rotterdam");
    }

    @Test
    void shouldReadOnlyListedNamesWhenTitleOrHeadingsAreInHeadlineCase() {
        ArticleText text = TestArticles.text("Brussels Weighs Its Own Rules", null, "## What Comes Next", "Talks resumed in Paris.");
        assertThat(extractor.extract(text, "en", List.of(), null).entities()).extracting(Entity::name)
                .containsExactly("Paris", "Brussels");
    }

    @Test
    void shouldStripTitlesAndDemonymsWhenTheyPrecedeAName() {
        List<Entity> entities = extract("Dutch Minister of Infrastructure Hanneke Dijkstra refused. Governor Andrew Bailey agreed.");
        // the stripped adjective still mentions its country (ImpliedMentions)
        assertThat(entities).extracting(Entity::name).containsExactly("Hanneke Dijkstra", "Andrew Bailey", "Netherlands");
        assertThat(entities.subList(0, 2)).allMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void shouldTypeOrganisationsAndPlacesWhenGazetteerOrKeywordsSaySo() {
        List<Entity> entities = extract("Shares of Maersk and Hapag-Lloyd fell in Hamburg after the Bank of England spoke.",
                "Economists at the Kiel Institute for the World Economy and Air France disagreed.");
        assertThat(entity(entities, "Maersk").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Hapag-Lloyd").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Hamburg").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Bank of England").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Kiel Institute for the World Economy").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Air France").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldGiveCountryCodeWhenEntityIsACountry() {
        List<Entity> entities = extract("Exports from Germany to South Korea and the United States rose.");
        assertThat(entity(entities, "Germany").countryCode()).isEqualTo("DE");
        assertThat(entity(entities, "South Korea").countryCode()).isEqualTo("KR");
        assertThat(entity(entities, "United States").countryCode()).isEqualTo("US");
    }

    @Test
    void shouldAddAuthorsAndSourceWhenMetadataNamesThem() {
        ArticleText text = TestArticles.text("T", null, "Marta KOWALCZYK, Portline.Info: The port reopened in Antwerp.");
        List<Entity> entities = extractor.extract(text, "en", List.of("Marta Kowalczyk", "Jan Berg"), "Portline.Info").entities();
        assertThat(entity(entities, "Marta Kowalczyk").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "Jan Berg").mentions()).isEqualTo(1);
        assertThat(entity(entities, "Portline.Info").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldReportMentionPositionsWhenExtracting() {
        ArticleText text = TestArticles.text("T", null, "Talks in Paris ended.");
        List<Mention> mentions = extractor.extract(text, "en", List.of(), null).mentions();
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(9);
            assertThat(m.end()).isEqualTo(14);
        });
    }

    @Test
    void shouldNotTakeCapitalisedGermanNounsWhenLanguageIsGerman() {
        ArticleText text = TestArticles.text("T", null, "Die Gewerkschaft fordert mehr Lohn, sagte Verkehrsminister Volker Wissing in Berlin.");
        List<Entity> entities = extractor.extract(text, "de", List.of(), null).entities();
        assertThat(entities).extracting(Entity::name).containsExactly("Volker Wissing", "Berlin");
    }
}
