package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity rules from the eleventh to seventeenth blind rounds (2026-11-30: trade-press,
 * press-release, Nordic, Portuguese, Flemish, French, Italian, Spanish and wire pages): each on the
 * shape of the mistake seen and on a variant with other names.
 */
class TradePressEntityTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extractIn(String title, String language, String... paragraphs) {
        return extractor.extract(TestArticles.text(title, null, paragraphs), language, List.of(), null).entities();
    }

    private List<Entity> extract(String... paragraphs) {
        return extractIn("Title", "en", paragraphs);
    }

    private static void assertType(List<Entity> entities, String name, EntityType type) {
        assertThat(TestArticles.entity(entities, name).type()).as(name).isEqualTo(type);
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void shouldFindNoEntityWhenAnAcronymIsPluralOrAFormula() {
        List<Entity> entities = extract("Owners sold older VLCCs and SUVs, and Equinor cut CO2 and NOx emissions at Mongstad.");
        assertThat(names(entities)).doesNotContain("VLCCs", "SUVs", "CO2", "NOx").contains("Equinor", "Mongstad");
    }

    @Test
    void shouldKeepOnlyTheAcronymWhenACapitalisedNounOpensTheSentenceBeforeIt() {
        assertThat(names(extract("Shipbrokers BRS said in a weekly report that rates fell."))).containsExactly("BRS");
        assertThat(names(extract("Analysts UBS expect a rebound next year."))).containsExactly("UBS");
    }

    @Test
    void shouldTypeTheEmployerAsOrganisationWhenTheNameQualifiesItsStaff() {
        List<Entity> entities = extract("Kovalent was founded by former Globalfoundries engineers in 2021.",
                "Dozens of Veltrix employees joined later.");
        assertType(entities, "Globalfoundries", EntityType.ORGANIZATION);
        assertType(entities, "Veltrix", EntityType.ORGANIZATION);
    }

    @Test
    void shouldDropThePortfolioWhenTheMinisterIsNamedAfterAComma() {
        assertThat(names(extract("The Minister of Finance, Ana Ruiz, said the plan would work.")))
                .containsExactly("Ana Ruiz");
        assertThat(names(extractIn("Title", "it", "Il ministro delle Infrastrutture, Carlo Benedetti, ha parlato a Roma.")))
                .containsExactlyInAnyOrder("Carlo Benedetti", "Roma");
    }

    @Test
    void shouldFindTheMinisterWhenThePortfolioIsATitleWord() {
        List<Entity> entities = extract("The plan was backed by Minister of Finance Jens Stoltenberg on Monday.");
        assertType(entities, "Jens Stoltenberg", EntityType.PERSON);
    }

    @Test
    void shouldKeepTheDirectionWordWhenItOpensANameThatIsNoPlace() {
        List<Entity> entities = extract("Gas was pumped into the Northern Lights reservoir, and Southern Water raised bills.");
        assertThat(names(entities)).contains("Northern Lights", "Southern Water").doesNotContain("Lights", "Water");
    }

    @Test
    void shouldWriteAPlaceInNaturalCaseWhenTheTitleIsInCapitals() {
        List<Entity> entities = extractIn("NORWAY OPENS FIRST CARBON STORE UNDER THE NORTH SEA", "en",
                "The first carbon dioxide arrived at the storage site off the coast of Bergen.");
        assertThat(names(entities)).contains("North Sea", "Norway", "Bergen").doesNotContain("NORTH SEA", "NORWAY");
    }

    @Test
    void shouldTypeAnOrganisationWhenWhatDescribesItStandsBeforeTheName() {
        List<Entity> entities = extract("The Belgian dredging group Jan De Nul has won the contract.",
                "Environmental group Natuurpunt said it would appeal, and the carmaker Volvo Cars agreed.");
        for (String name : List.of("Jan De Nul", "Natuurpunt", "Volvo Cars")) {
            assertThat(TestArticles.entity(entities, name).type()).as(name).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void shouldMentionEachPlaceWhenAdjectivesAreListedTogether() {
        List<Entity> entities = extract("The Flemish and Dutch authorities said on Tuesday that dredging would start.");
        assertThat(names(entities)).contains("Flanders", "Netherlands").doesNotContain("Flemish", "Dutch");
    }

    @Test
    void shouldKeepOneBodyWhenItsNameHasAnAndBeforeALegalFormOrAPublicBodysWord() {
        assertThat(names(extract("The Norwegian Water Resources and Energy Directorate must approve the line.")))
                .containsExactly("Norwegian Water Resources and Energy Directorate");
        assertThat(names(extract("Shares in Rolls-Royce and Siemens Energy rose on Monday.")))
                .contains("Rolls-Royce", "Siemens Energy");
    }

    @Test
    void shouldJoinTheAcronymToTheNameWhenItLeavesOutTheLegalForm() {
        List<Entity> entities = extract("Nordic Battery Systems AB (NBS) secured funding.", "NBS will build a second line.");
        assertThat(names(entities)).containsExactly("Nordic Battery Systems AB");
        assertThat(entities.get(0).mentions()).isEqualTo(3);
    }

    @Test
    void shouldFindNoPlaceWhenASeaNamesAnAdjective() {
        assertThat(names(extract("The Baltic states joined the European grid.", "Ice covered the Baltic.")))
                .as("the sea itself, and Europe from 'European'").containsExactlyInAnyOrder("Baltic", "Europe");
        assertThat(extract("The Baltic states joined the grid.")).isEmpty();
    }

    @Test
    void shouldNameTheStateWhenAnAgencyAbbreviatesItAfterATown() {
        List<Entity> entities = extract("TUCSON, Ariz. (AP) — The utility raised rates. Arizona cut its allocation.");
        assertThat(TestArticles.entity(entities, "Arizona").mentions()).isEqualTo(2);
        assertThat(names(entities)).doesNotContain("Ariz");
    }

    @Test
    void shouldNotListAPersonWithAPlaceWhenACommaOnlyOpensAnApposition() {
        List<Entity> entities = extract("Equinor's head of renewables in Norway, Siri Espedal Kindem, said costs fell.");
        assertThat(TestArticles.entity(entities, "Siri Espedal Kindem").type()).isNotEqualTo(EntityType.LOCATION);
        assertThat(TestArticles.entity(extract("Ferries link Bergen, Stavanger and Haugesund."), "Stavanger").type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldJoinTwoSurnamesToTheFullNameWhenTheyComeAlone() {
        List<Entity> entities = extractIn("Title", "es", "Lo anunció su presidente, Álvaro Rodríguez Dapena.",
                "Rodríguez Dapena explicó en Madrid que la inversión se financiará con fondos del Plan de Recuperación.");
        assertThat(TestArticles.entity(entities, "Álvaro Rodríguez Dapena").mentions()).isEqualTo(2);
        assertThat(names(entities)).doesNotContain("Rodríguez Dapena", "Plan de Recuperación");
    }

    @Test
    void shouldKeepTheNameWhenACommonWordCapitalisedClosesItOrALegalFormFollows() {
        List<Entity> entities = extractIn("Title", "es", "Madrid, 7 oct (EFE).- Puertos del Estado invertirá 400 millones.");
        assertType(entities, "Puertos del Estado", EntityType.ORGANIZATION);
        List<Entity> wire = extract("Hapag-Lloyd AG is considering an offer. Rivals, including CMA CGM SA, are studying it.",
                "A representative for Hapag-Lloyd declined to comment.");
        assertThat(names(wire)).containsExactlyInAnyOrder("Hapag-Lloyd AG", "CMA CGM SA");
        assertThat(TestArticles.entity(wire, "Hapag-Lloyd AG").mentions()).isEqualTo(2);
    }

    @Test
    void shouldSplitThePersonFromTheCompanyWhenTitlesStandBetweenThem() {
        List<Entity> entities = extract("Hapag-Lloyd Chief Executive Officer Rolf Habben Jansen has said the company will grow.");
        assertType(entities, "Rolf Habben Jansen", EntityType.PERSON);
        assertType(entities, "Hapag-Lloyd", EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeAFerryCompanyWhenItsNameStartsWithAGivenName() {
        List<Entity> entities = extract("Brittany Ferries, which runs services to Roscoff, said the linkspan would help.");
        assertType(entities, "Brittany Ferries", EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeAnOrganisationWhenAPossessivePlaceOrAHeadNounDescribesIt() {
        List<Entity> entities = extract("Trams stopped. Elering, Estonia's transmission system operator, has warned of shortages.",
                "Ships waited. Trafikverket, the Swedish transport administration, promised a study.");
        assertType(entities, "Elering", EntityType.ORGANIZATION);
        assertType(entities, "Trafikverket", EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeAnOrganisationWhenAnAcronymOpensATwoWordNameBeforeSaid() {
        List<Entity> entities = extract("Croatia's state-owned LNG Hrvatska said on Tuesday that it had signed contracts.");
        assertType(entities, "LNG Hrvatska", EntityType.ORGANIZATION);
    }

    @Test
    void shouldFindThePersonWhenALocalTitleOrAHubWordStandsInTheName() {
        List<Entity> entities = extract("The port introduced the charge in January. Alderman Annick De Ridder has defended it.",
                "Baltic Hub, the container terminal in Gdańsk, has taken delivery of two cranes.");
        assertType(entities, "Annick De Ridder", EntityType.PERSON);
        assertType(entities, "Baltic Hub", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepAnOrganisationOpeningASentenceWhenItIsListedWithAnother() {
        List<Entity> entities = extract("Volumes rose by 15 percent. Maersk and MSC both run weekly services from Asia.");
        assertThat(names(entities)).contains("Maersk", "MSC");
        assertThat(names(extract("Ports were busy. Analysts said volumes rose."))).doesNotContain("Analysts");
    }

    @Test
    void shouldFindTheCountryWhenGermanInflectsItsName() {
        List<Entity> entities = extractIn("Titel", "de", "Die Konkurrenz in den Niederlanden und Belgien legte zu.");
        assertThat(TestArticles.entity(entities, "Niederlanden").countryCode()).isEqualTo("NL");
    }

    @Test
    void shouldKeepTheListedNameWhenItStartsWithAnAdjectiveOrEndsWithAnOrganisationWord() {
        List<Entity> title = extractIn("Ferry operator cuts Irish Sea sailings", "en", "Stena Line will reduce sailings to Dublin.");
        assertThat(names(title)).contains("Irish Sea").doesNotContain("Ireland");
        List<Entity> port = extract("North Sea Port, the cross-border port company, expects more ships.");
        assertType(port, "North Sea Port", EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeTheUniversityAndTheKingWhenTheirWordsAreForeign() {
        List<Entity> entities = extractIn("Titolo", "it", "Marco Ferri è ricercatore presso il Politecnico di Milano.");
        assertType(entities, "Politecnico di Milano", EntityType.ORGANIZATION);
        List<Entity> dutch = extractIn("Titel", "nl", "De sluis is geopend. Koning Willem-Alexander sprak in Terneuzen.");
        assertType(dutch, "Willem-Alexander", EntityType.PERSON);
    }

    @Test
    void shouldDropAPortfolioOfSeveralWordsAndKeepTheMinisterAfterIt() {
        List<Entity> pt = extractIn("Título", "pt", "O secretário de Estado da Energia, João Galamba, afirmou em Lisboa que sim.");
        assertThat(names(pt)).containsExactlyInAnyOrder("João Galamba", "Lisboa");
        assertType(pt, "João Galamba", EntityType.PERSON);
        List<Entity> it = extractIn("Titolo", "it", "Lo ha detto il ministro delle Imprese Adolfo Urso a Roma.");
        assertType(it, "Adolfo Urso", EntityType.PERSON);
        List<Entity> es = extractIn("Título", "es", "Lo firmaron los ministros de Energía de ambos países en Buenos Aires.");
        assertThat(names(es)).doesNotContain("Energía");
    }

    @Test
    void shouldTypeABankAndAChairWhenTheirWordsAreSpanishOrGerman() {
        List<Entity> es = extractIn("Título", "es", "Estuvieron representantes del Banco Interamericano de Desarrollo en Lima.");
        assertType(es, "Banco Interamericano de Desarrollo", EntityType.ORGANIZATION);
        List<Entity> de = extractIn("Titel", "de", "Ihr Vorsitzender Martin Burkert warnte vor einer Verlagerung.");
        assertType(de, "Martin Burkert", EntityType.PERSON);
    }

    @Test
    void shouldFindTheCompanyAndThePlaceWhenAnAdjectiveOfOriginOrATitlePossessiveIsNear() {
        List<Entity> ferries = extract("Shipyards complained about subsidies for Chinese-built electric ferries.");
        assertThat(names(ferries)).doesNotContain("Chinese-built");
        List<Entity> titled = extractIn("Rotterdam opens Europe's largest shore power station", "en",
                "AIDA Cruises was the first line to use the station in Rotterdam.");
        assertThat(names(titled)).contains("Europe").doesNotContain("Europe's");
        assertType(titled, "AIDA Cruises", EntityType.ORGANIZATION);
        List<Entity> german = extractIn("Titel", "de", "Die Busse stammen vom Schweizer Hersteller Hess. Auch der Energiekonzern Axpo ist beteiligt.");
        assertType(german, "Hess", EntityType.ORGANIZATION);
        assertType(german, "Axpo", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameTheShippingLineWhenItOpensASentenceOrFollowsACapitalisedNoun() {
        List<Entity> entities = extract("Maersk was the first to order methanol-powered ships.",
                "Rival Maersk has bet on methanol instead.", "Statistics Canada said exports rose.");
        assertThat(entity(entities, "Maersk").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("Rival Maersk").contains("Statistics Canada");
    }
}

