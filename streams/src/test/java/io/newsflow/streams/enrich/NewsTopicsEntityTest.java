package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names of the topics the held-out sets lacked until h170-h181 (2026-11-30): US and French politics,
 * markets, football, health, courts, labour. Each rule tested on other names, and on the names it
 * must leave alone.
 */
class NewsTopicsEntityTest {

    @Test
    void shouldNameThePeopleAndTheChamberWhenUsPoliticsWritesPartyStateAndSide() {
        List<Entity> found = entities("en", "Senate Democratic leader Chuck Schumer, D-N.Y., agreed. Sen. Elizabeth Warren, "
                + "D-Mass., objected, and Senate Majority Leader John Thune, R-S.D., spoke while Speaker Mike Johnson waited.");
        assertThat(names(found)).contains("Senate", "Chuck Schumer", "Elizabeth Warren", "John Thune", "Mike Johnson")
                .doesNotContain("D-N.Y", "D-Mass", "R-S.D", "Senate Democratic", "Senate Majority", "Speaker Mike Johnson");
        assertThat(entity(found, "Mike Johnson").type()).isEqualTo(EntityType.PERSON);
        // a name that ends with a demonym but is no chamber keeps it
        assertThat(names(entities("en", "He joined the Liberal Democrats and then Royal Dutch Shell.")))
                .contains("Royal Dutch Shell");
    }

    @Test
    void shouldNameTheBodiesButNoIndexWhenMarketsAreReported() {
        List<Entity> found = entities("en", "Shares of Goldman Sachs fell. The S&P 500 closed down 1.1% and the Nasdaq Composite "
                + "fell 1.7%, while the STOXX 600 slipped. On the New York Stock Exchange, decliners led, and Wall Street "
                + "followed the Federal Reserve.");
        assertThat(names(found)).contains("Goldman Sachs", "New York Stock Exchange", "Wall Street", "Federal Reserve")
                .doesNotContain("Shares of Goldman Sachs", "S&P", "The S&P", "Nasdaq Composite", "STOXX", "Stock Exchange");
        // a plural opening the sentence before a place or a body is no part of the name; "Bank of England" is one
        assertThat(names(entities("en", "Residents of Hamburg and the Port of Hamburg objected. Bank of England "
                + "officials stayed away."))).contains("Hamburg", "Port of Hamburg", "Bank of England")
                .doesNotContain("Residents of Hamburg");
        // alone, "S&P" is the rating agency
        assertThat(names(entities("en", "S&P cut France's rating on Friday."))).contains("S&P");
    }

    @Test
    void shouldTypeVenuesAndRegionsAsPlacesWhenSportAndPoliticsNameThem() {
        List<Entity> found = entities("en", "Arsenal beat Aston Villa at the Emirates Stadium, and shop owners across the "
                + "North of England cheered. The second MMR dose is given at three.");
        assertThat(entity(found, "Emirates Stadium").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "North of England").type()).isEqualTo(EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("MMR");
    }

    @Test
    void shouldFindPartiesAndUnionsWhenTheirNamesGoOnInLowerCaseOrHaveNoOrganisationWord() {
        List<Entity> french = entities("fr", "Le Rassemblement national de Marine Le Pen et le Parti socialiste ont refusé, "
                + "comme La France insoumise.");
        assertThat(names(french)).contains("Rassemblement national", "Parti socialiste", "La France insoumise");
        assertThat(entity(french, "Marine Le Pen").type()).isEqualTo(EntityType.PERSON);
        assertThat(names(entities("de", "Volkswagen und die IG Metall haben sich geeinigt."))).contains("IG Metall")
                .doesNotContain("IG");
    }

    @Test
    void shouldTypeAPersonWhenACapitalisedParticleJoinsTheNames() {
        List<Entity> found = entities("en", "Paris's Bruno Le Maire met Robert De Niro. Banco Do Brasil cut rates.");
        assertThat(entity(found, "Bruno Le Maire").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(found, "Robert De Niro").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(found, "Banco Do Brasil").type()).isEqualTo(EntityType.ORGANIZATION);
        // "Dean" opens a name, not a title
        assertThat(entity(entities("en", "The firm's former managing director, Dean Rafferty, was jailed."),
                "Dean Rafferty").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldReadTheCountryAndNoNameWhenANationalityNounOrACourtsWordStands() {
        List<Entity> found = entities("en", "The Spaniard's hopes ended, and Briton Jane Doe won. U.S. District Judge Amit "
                + "Mehta ruled on Tuesday.");
        assertThat(names(found)).contains("Spain", "United Kingdom", "Jane Doe", "Amit Mehta")
                .doesNotContain("Spaniard", "Briton", "District", "District Judge Amit Mehta");
    }

    @Test
    void shouldNameTheBodyWhenAStockExchangeOrANumberOpensIt() {
        List<Entity> found = entities("es", "Las acciones subieron un 3 % en la Bolsa de Madrid.");
        assertThat(entity(found, "Bolsa de Madrid").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(entities("en", "A clerk was shot at a 7-Eleven in Dallas, while 3D printers and 5G spread.")))
                .contains("7-Eleven").doesNotContain("3D", "5G");
    }

    @Test
    void shouldReadTheBodiesAndThePersonWhenTheCrownsPossessiveOrAPortfolioFollows() {
        List<Entity> found = entities("en", "The King's Fund said waits in A&E grew, and Ørsted A/S said it would sell. "
                + "He posted on X.");
        assertThat(names(found)).contains("King's Fund", "Ørsted", "X").doesNotContain("A&E", "S", "King");
        List<Entity> dutch = entities("nl", "Dat heeft minister Eppo Bruins van Onderwijs, Cultuur en Wetenschap bekendgemaakt.");
        assertThat(entity(dutch, "Eppo Bruins").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldKeepTheSurnameWhenItIsAMonthsOrAWeekdaysName() {
        List<Entity> found = entities("en", "Former prime minister Theresa May said the plan would fail, and Brian May agreed. "
                + "The vote is due in May 2026.");
        assertThat(names(found)).contains("Theresa May", "Brian May").doesNotContain("Theresa", "Brian", "May");
        assertThat(names(entities("de", "Vorstandschef Bernd Montag sagte, die Sparte solle an die Börse. Am Montag stieg "
                + "die Aktie."))).contains("Bernd Montag").doesNotContain("Montag");
        // a second given name is no first name: the weekday after it stays a date
        assertThat(names(entities("en", "Sen. Elizabeth Warren Monday called for a vote."))).contains("Elizabeth Warren");
    }

    @Test
    void shouldSplitTheListWhenANationalNameFollowsAndAndReadRegionalAdjectives() {
        List<Entity> found = entities("en", "IndiGo and Turkish Airlines ordered jets, and Scottish and Southern Energy "
                + "signed. Siberian permafrost thawed.");
        assertThat(names(found)).contains("IndiGo", "Turkish Airlines", "Scottish and Southern Energy", "Siberia")
                .doesNotContain("IndiGo and Turkish Airlines", "Siberian");
    }
}
