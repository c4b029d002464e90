package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mentions that capitalised spans do not give, counted as news labelling counts them: place
 * adjectives, listed names in the title and headings, and names in the editor's note.
 */
class ImpliedMentionsTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extract(Article article) {
        return extractor.extract(ArticleText.of(article), "en", article.getAuthors(), article.getSource()).entities();
    }

    private List<Entity> extract(String title, String... blocks) {
        return extract(TestArticles.article(title, null, List.of(), null, blocks));
    }

    @Test
    void shouldMentionCountryOrRegionWhenAnAdjectiveNamesIt() {
        List<Entity> entities = extract("Title", "German manufacturers worry about the Dutch economy.",
                "Shipping lines compete with Middle Eastern hubs.");
        assertThat(entity(entities, "Germany")).extracting(Entity::type, Entity::countryCode)
                .containsExactly(EntityType.LOCATION, "DE");
        assertThat(entity(entities, "Netherlands").countryCode()).isEqualTo("NL");
        assertThat(entity(entities, "Middle East").countryCode()).isNull();
    }

    @Test
    void shouldAddAMentionWhenTheCountryIsAlsoNamed() {
        List<Entity> entities = extract("Title", "Exports from Germany fell. German carmakers blamed energy costs.");
        assertThat(entity(entities, "Germany").mentions()).isEqualTo(2);
        assertThat(entities).filteredOn(e -> "DE".equals(e.countryCode())).hasSize(1);
    }

    @Test
    void shouldNotMentionACountryWhenTheAdjectiveIsPartOfAName() {
        List<Entity> entities = extract("Title", "A report by the German Marshall Fund was published on Monday.");
        assertThat(entities).extracting(Entity::name).containsExactly("German Marshall Fund");
    }

    @Test
    void shouldNameTheRegionWhenADirectionPrecedesTheAdjective() {
        List<Entity> entities = extract("Title", "South Asian exporters and Latin American buyers met a Northern Irish firm.");
        assertThat(entities).extracting(Entity::name).contains("South Asia", "Latin America")
                .doesNotContain("Asia", "United States", "Ireland");
    }

    @Test
    void shouldCountListedNamesWhenTheTitleOrAHeadingNamesThem() {
        List<Entity> entities = extract("Strike Spreads to Rotterdam as Talks Stall",
                "Dockworkers in Rotterdam walked out on Monday.", "## Ripple effects across the North Sea",
                "Rates rose.");
        assertThat(entity(entities, "Rotterdam").mentions()).isEqualTo(2);
        assertThat(entity(entities, "North Sea").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldCountAPlaceWhenOnlyTheTitleNamesIt() {
        assertThat(extract("Brussels Weighs Its Own Rules for Chip Exports", "The draft was seen last week."))
                .extracting(Entity::name, Entity::type).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Brussels", EntityType.LOCATION));
    }

    @Test
    void shouldNotTakeHeadlineWordsForCountriesWhenTheyAreCommonWords() {
        // "Us" is a stop word, "Island" is Iceland only in German or Danish, "Baltic" an adjective
        assertThat(extract("What the Island Ferry Deal Means for Us and Baltic Ports on the Main Event",
                "Talks went on.")).isEmpty();
    }

    @Test
    void shouldNotCountTheTitleWhenItIsDerivedFromTheLead() {
        Article article = Article.newBuilder(TestArticles.article("Dockworkers in Rotterdam walked out", null,
                List.of(), null, "Dockworkers in Rotterdam walked out on Monday.")).setTitleDerived(true).build();
        assertThat(entity(extract(article), "Rotterdam").mentions()).isEqualTo(1);
    }

    @Test
    void shouldFindEntitiesWhenTheEditorsNoteNamesThem() {
        Article article = Article.newBuilder(TestArticles.article("Title", null, List.of("Marta Kowalczyk"),
                "Portline.Info", "The strike went on.")).setEditorsNote("Editor's note: Marta Kowalczyk is a senior "
                + "fellow at the Baltic Maritime Policy Centre. The article expresses the author's opinion.").build();
        List<Entity> entities = extract(article);
        assertThat(entity(entities, "Baltic Maritime Policy Centre").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Marta Kowalczyk").type()).isEqualTo(EntityType.PERSON);
    }
}
