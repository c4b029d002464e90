package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.extract;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity rules for people and places from the eleventh to seventeenth blind rounds (2026-11-30,
 * as {@link TradePressEntityTest}): ministers and their portfolios, titles before a name, surnames
 * alone, places in a title in capitals, adjectives and seas, a state an agency abbreviates, a
 * country German inflects, foreign words for a title or a body. Each on the shape of the mistake
 * seen and on a variant with other names.
 */
class TradePressPeopleAndPlacesEntityTest {

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
    void shouldMentionEachPlaceWhenAdjectivesAreListedTogether() {
        List<Entity> entities = extract("The Flemish and Dutch authorities said on Tuesday that dredging would start.");
        assertThat(names(entities)).contains("Flanders", "Netherlands").doesNotContain("Flemish", "Dutch");
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
    void shouldSplitThePersonFromTheCompanyWhenTitlesStandBetweenThem() {
        List<Entity> entities = extract("Hapag-Lloyd Chief Executive Officer Rolf Habben Jansen has said the company will grow.");
        assertType(entities, "Rolf Habben Jansen", EntityType.PERSON);
        assertType(entities, "Hapag-Lloyd", EntityType.ORGANIZATION);
    }

    @Test
    void shouldFindThePersonWhenALocalTitleOrAHubWordStandsInTheName() {
        List<Entity> entities = extract("The port introduced the charge in January. Alderman Annick De Ridder has defended it.",
                "Baltic Hub, the container terminal in Gdańsk, has taken delivery of two cranes.");
        assertType(entities, "Annick De Ridder", EntityType.PERSON);
        assertType(entities, "Baltic Hub", EntityType.ORGANIZATION);
    }

    @Test
    void shouldFindTheCountryWhenGermanInflectsItsName() {
        List<Entity> entities = extractIn("Titel", "de", "Die Konkurrenz in den Niederlanden und Belgien legte zu.");
        // (named in the nominative since the eighteenth session: "aus den Niederlanden" names the Niederlande)
        assertThat(TestArticles.entity(entities, "Niederlande").countryCode()).isEqualTo("NL");
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
}
