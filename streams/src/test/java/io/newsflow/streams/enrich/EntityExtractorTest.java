package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extract(String... paragraphs) {
        return extractor.extract(TestArticles.text("Title", null, paragraphs), "en", List.of(), null).entities();
    }

    private static Entity find(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + entities));
    }

    @Test
    void shouldResolveSurnameToFullNameWhenArticleNamesThePersonInFull() {
        List<Entity> entities = extract("Vladimir Putin met envoys in Moscow.", "Putin said the talks were useful.",
                "Later Mr Putin left.");
        Entity putin = find(entities, "Vladimir Putin");
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
        assertThat(find(entities, "Maersk").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(entities, "Hapag-Lloyd").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(entities, "Hamburg").type()).isEqualTo(EntityType.LOCATION);
        assertThat(find(entities, "Bank of England").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(entities, "Kiel Institute for the World Economy").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(entities, "Air France").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldGiveCountryCodeWhenEntityIsACountry() {
        List<Entity> entities = extract("Exports from Germany to South Korea and the United States rose.");
        assertThat(find(entities, "Germany").countryCode()).isEqualTo("DE");
        assertThat(find(entities, "South Korea").countryCode()).isEqualTo("KR");
        assertThat(find(entities, "United States").countryCode()).isEqualTo("US");
    }

    @Test
    void shouldAddAuthorsAndSourceWhenMetadataNamesThem() {
        ArticleText text = TestArticles.text("T", null, "Marta KOWALCZYK, Portline.Info: The port reopened in Antwerp.");
        List<Entity> entities = extractor.extract(text, "en", List.of("Marta Kowalczyk", "Jan Berg"), "Portline.Info").entities();
        assertThat(find(entities, "Marta Kowalczyk").type()).isEqualTo(EntityType.PERSON);
        assertThat(find(entities, "Jan Berg").mentions()).isEqualTo(1);
        assertThat(find(entities, "Portline.Info").type()).isEqualTo(EntityType.ORGANIZATION);
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
