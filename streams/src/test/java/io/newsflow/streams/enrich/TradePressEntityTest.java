package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.extract;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity rules for companies and other bodies from the eleventh to seventeenth blind rounds
 * (2026-11-30: trade-press, press-release, Nordic, Portuguese, Flemish, French, Italian, Spanish and
 * wire pages): acronyms, legal forms, what describes a body before or after its name, a body that
 * opens a sentence. Each on the shape of the mistake seen and on a variant with other names. People
 * and places: {@link TradePressPeopleAndPlacesEntityTest}.
 */
class TradePressEntityTest {

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
    void shouldTypeAnOrganisationWhenWhatDescribesItStandsBeforeTheName() {
        List<Entity> entities = extract("The Belgian dredging group Jan De Nul has won the contract.",
                "Environmental group Natuurpunt said it would appeal, and the carmaker Volvo Cars agreed.");
        for (String name : List.of("Jan De Nul", "Natuurpunt", "Volvo Cars")) {
            assertThat(TestArticles.entity(entities, name).type()).as(name).isEqualTo(EntityType.ORGANIZATION);
        }
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
    void shouldKeepTheNameWhenACommonWordCapitalisedClosesItOrALegalFormFollows() {
        List<Entity> entities = extractIn("Title", "es", "Madrid, 7 oct (EFE).- Puertos del Estado invertirá 400 millones.");
        assertType(entities, "Puertos del Estado", EntityType.ORGANIZATION);
        List<Entity> wire = extract("Hapag-Lloyd AG is considering an offer. Rivals, including CMA CGM SA, are studying it.",
                "A representative for Hapag-Lloyd declined to comment.");
        assertThat(names(wire)).containsExactlyInAnyOrder("Hapag-Lloyd AG", "CMA CGM SA");
        assertThat(TestArticles.entity(wire, "Hapag-Lloyd AG").mentions()).isEqualTo(2);
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
    void shouldKeepAnOrganisationOpeningASentenceWhenItIsListedWithAnother() {
        List<Entity> entities = extract("Volumes rose by 15 percent. Maersk and MSC both run weekly services from Asia.");
        assertThat(names(entities)).contains("Maersk", "MSC");
        assertThat(names(extract("Ports were busy. Analysts said volumes rose."))).doesNotContain("Analysts");
    }

    @Test
    void shouldKeepTheListedNameWhenItStartsWithAnAdjectiveOrEndsWithAnOrganisationWord() {
        List<Entity> title = extractIn("Ferry operator cuts Irish Sea sailings", "en", "Stena Line will reduce sailings to Dublin.");
        assertThat(names(title)).contains("Irish Sea").doesNotContain("Ireland");
        List<Entity> port = extract("North Sea Port, the cross-border port company, expects more ships.");
        assertType(port, "North Sea Port", EntityType.ORGANIZATION);
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
