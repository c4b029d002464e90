package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules for names no list holds, each on the shape of a mistake seen on unseen articles
 * ("Côte de Beaune" and "Gdynia" as persons, "Gotthard" as an organisation, the byline "Science
 * Desk" as an entity) and on a variant with other names, so the rule is tested, not the name.
 */
class UnseenTextEntityTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extract(List<String> authors, String source, String... paragraphs) {
        return extractor.extract(TestArticles.text("Title", null, paragraphs), "en", authors, source).entities();
    }

    private List<Entity> extract(String... paragraphs) {
        return extract(List.of(), null, paragraphs);
    }

    /** Every name is found, typed as a location, in the paragraphs. */
    private void assertLocations(List<String> names, String... paragraphs) {
        List<Entity> entities = extract(paragraphs);
        for (String name : names) {
            assertThat(entity(entities, name).type()).as(name).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void shouldDropBylineWhenItNamesADeskOrAgencies() {
        for (String byline : List.of("Science Desk", "Staff and agencies", "Reuters staff", "La Rédaction",
                "Wirtschaftsredaktion", "Business Desk")) {
            List<Entity> entities = extract(List.of(byline, "Anna Berg"), "Northern Ledger", "Talks resumed in Paris.");
            assertThat(entities).extracting(Entity::name).as(byline)
                    .containsExactlyInAnyOrder("Paris", "Anna Berg", "Northern Ledger");
        }
    }

    @Test
    void shouldKeepAnAcronymInTheNameWhenItOpensASentenceBeforeAKnownName() {
        List<Entity> entities = extract("A patchwork of rules weakens Europe's hand. Industry groups are alarmed. "
                + "SEMI Europe, which represents equipment makers, wants one licence.",
                "Exports to Germany fell. ACME Germany, the local arm, agreed.");
        assertThat(entity(entities, "SEMI Europe").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Europe").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "ACME Germany").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldDropSourceWhenItNamesADesk() {
        assertThat(extract(List.of("Siobhán Murphy"), "Science Desk", "A survey found reefs off Ireland."))
                .extracting(Entity::name).containsExactlyInAnyOrder("Ireland", "Siobhán Murphy");
        assertThat(extract(List.of(), "Anadolu Agency", "Talks resumed in Paris."))
                .extracting(Entity::name).containsExactlyInAnyOrder("Paris", "Anadolu Agency");
    }

    @Test
    void shouldTypeLocationWhenLowerCaseConnectorJoinsAPlaceName() {
        assertLocations(List.of("Côte de Beaune", "Newcastle upon Tyne", "San Pedro de Atacama"),
                "Growers across the Côte de Beaune lit candles between the vines.",
                "Prices rose in Frankfurt am Main and in Newcastle upon Tyne on Monday.",
                "Buses to San Pedro de Atacama were cancelled.");
    }

    @Test
    void shouldNotJoinPlaceConnectorWhenTextIsGerman() {
        List<Entity> entities = extractor.extract(TestArticles.text("Titel", null,
                "Die Proteste in Berlin am Wochenende blieben friedlich, sagte die Polizei."), "de", List.of(), null)
                .entities();
        assertThat(entities).extracting(Entity::name).contains("Berlin").doesNotContain("Berlin am Wochenende");
    }

    @Test
    void shouldTypePersonWhenParticleNameHasItsSurnameUsedAsAPerson() {
        List<Entity> entities = extract("The report was written by Thibault de Montbrial last year.",
                "Montbrial said the findings still hold.");
        assertThat(entity(entities, "Thibault de Montbrial").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldTypeLocationWhenPlaceContextNamesAnUnknownWord() {
        assertLocations(List.of("Gdynia", "Zarvik", "Brelholm", "Szczecin"),
                "The port of Gdynia said truck volumes were up 22 percent.",
                "The mayor of Zarvik opened the island of Brelholm to visitors.",
                "Cable will come from a Szczecin-based manufacturer.");
    }

    @Test
    void shouldTypeLocationWhenPassOrTunnelIsNamedAfterThrough() {
        assertLocations(List.of("Gotthard", "Brenner Pass"),
                "Swiss Federal Railways added twelve daily connections through the Gotthard base tunnel.",
                "Trucks queued near the Brenner Pass.");
    }

    @Test
    void shouldTypeLocationWhenNameIsListedWithAKnownPlace() {
        assertLocations(List.of("Busto Arsizio", "Bewdley", "Shrewsbury"),
                "Trains between Basel and Busto Arsizio were cancelled.",
                "Towns such as Shrewsbury, Bewdley and Upton-upon-Severn were flooded.");
    }

    @Test
    void shouldNotTypePersonWhenMultiWordNameHasNoPersonEvidence() {
        List<Entity> entities = extract("The contract went to Balfour Beatty last year.");
        assertThat(entity(entities, "Balfour Beatty").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypePersonWhenSurnameIsUsedAsAPersonElsewhere() {
        List<Entity> entities = extract("The harbour is run by Tadeusz Wrzosek these days.",
                "\"We need a road,\" Wrzosek said on Monday.");
        assertThat(entity(entities, "Tadeusz Wrzosek").type()).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Wrzosek");
    }

    @Test
    void shouldTypePersonWhenSaidPrecedesTheName() {
        assertThat(entity(extract("\"It was long,\" said Halvard Ueland, who farms near the coast."), "Halvard Ueland")
                .type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldDropOpeningPrepositionWhenSentenceStartsWithIt() {
        List<Entity> entities = extractor.extract(TestArticles.text("Titre", null,
                "Selon Vigicrues, la rivière pourrait déborder dans la soirée."), "fr", List.of(), null).entities();
        assertThat(entities).extracting(Entity::name).containsExactly("Vigicrues");
    }

    @Test
    void shouldTypeLocationWhenUnknownWordHasATownEnding() {
        assertLocations(List.of("Karlshamn", "Tewkesbury"),
                "A weekly service will link the quay with Karlshamn from June.", "Claims from Tewkesbury doubled.");
    }

    @Test
    void shouldNameTheDatelinePlaceOnceWhenAWireStoryOpensWithIt() {
        List<Entity> entities = extract("PARIS, Nov 29 (Reuters) - France will cut its deficit target, the minister said in Paris.",
                "NEW YORK (AP) — Two developers said they would pause projects off New York.",
                "TOKYO (Kyodo) -- Three reactors will restart.");
        assertThat(entities).extracting(Entity::name).contains("Paris", "New York", "Tokyo")
                .doesNotContain("PARIS", "NEW YORK", "Nov", "Two", "Three");
        assertThat(entity(entities, "Paris").mentions()).isEqualTo(2);
    }

    @Test
    void shouldTypeAPersonWhenAGivenNameOfAnyLanguageOpensTheName() {
        List<Entity> entities = extractor.extract(TestArticles.text("Titre", null,
                "La présidente de la métropole, Johanna Rolland, a salué un projet attendu."), "fr", List.of(), null).entities();
        assertThat(entity(entities, "Johanna Rolland").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldTypeLocationWhenAPolishOrPortugueseLocativePrecedesTheName() {
        List<Entity> polish = extractor.extract(TestArticles.text("Tytuł", null,
                "Koncern podpisał umowę w Kołobrzegu z duńską firmą."), "pl", List.of(), null).entities();
        // the locative's ending undone too, Kołobrzeg being a listed town (PolishForms)
        assertThat(entity(polish, "Kołobrzeg").type()).isEqualTo(EntityType.LOCATION);
        List<Entity> portuguese = extractor.extract(TestArticles.text("Título", null,
                "O governo abriu um concurso em Setúbal para o novo porto."), "pt", List.of(), null).entities();
        assertThat(entity(portuguese, "Setúbal").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldTypeLocationWhenSaidFollowsAPlaceAfterIn() {
        assertLocations(List.of("Beaune"), "Brokers in Beaune said buyers were holding back.");
    }
}
