package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the thirty-third held-out set (h276-h279: Pilbara's mines, Québec's wind tender,
 * Schiphol's night flights, Skellefteå's battery plant) guided, on other names: Scandinavian roles
 * and definite nouns before a name, "och" and "og" in lists of places, a glued genitive "-s", a
 * French association whose name goes on in lower case, a second portfolio after "and", and a
 * state's adjective.
 */
class NordicAndRomanceRolesEntityTest {

    @Test
    void shouldReadThePersonWhenAScandinavianRoleOrDefiniteNounComesFirst() {
        List<Entity> found = entities("sv", "Läkaren Sofia Berglund arbetar i Umeå. – Vi är glada, säger regionens "
                + "ordförande Evert Lindkvist. Producenten Polarbröd bygger ut bageriet.");
        assertThat(entity(found, "Evert Lindkvist").type()).isEqualTo(EntityType.PERSON);
        assertThat(names(found)).contains("Sofia Berglund", "Polarbröd")
                .doesNotContain("Läkaren Sofia Berglund", "Producenten Polarbröd");
    }

    @Test
    void shouldReadAPlaceWhenOchOrOgJoinsItToAKnownOne() {
        assertThat(entity(entities("sv", "Det är en bra dag för Umeå och för Västerbotten, sade han."), "Västerbotten").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("no", "Fergene går mellom Bergen og Askøy hver time."), "Askøy").type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldJoinTheGenitiveWhenACompanyIsNamedWithAGluedS() {
        List<Entity> found = entities("sv", "Spotifys aktie steg i dag. Analytiker tror att Spotify växer.");
        assertThat(names(found)).contains("Spotify").doesNotContain("Spotifys");
        assertThat(entity(found, "Spotify").mentions()).isEqualTo(2);
    }

    @Test
    void shouldReadTheWholeAssociationWhenItsNameGoesOnInLowerCase() {
        List<Entity> found = entities("fr", "L'Association canadienne de l'électricité renouvelable a salué l'annonce. "
                + "L'Oréal n'a pas commenté.");
        assertThat(names(found)).contains("Association canadienne de l'électricité renouvelable", "L'Oréal");
    }

    @Test
    void shouldReadNoBodyWhenASecondPortfolioFollowsTheFirst() {
        assertThat(names(entities("fr", "Le ministre de l'Agriculture et de la Souveraineté alimentaire, Marc Fesneau, a parlé.")))
                .contains("Marc Fesneau").doesNotContain("Agriculture", "Souveraineté");
        assertThat(names(entities("es", "Lo dijo el ministro de Economía y de Comercio, Carlos Cuerpo, en Madrid.")))
                .contains("Carlos Cuerpo", "Madrid").doesNotContain("Economía", "Comercio");
        // "Rotterdam et de Zeebrugge" is no minister's: places stay
        assertThat(names(entities("fr", "Les ports de Rotterdam et de Zeebrugge sont saturés.")))
                .contains("Rotterdam", "Zeebrugge");
    }

    @Test
    void shouldReadTheStateWhenItsAdjectiveNamesIt() {
        assertThat(names(entities("en", "South Australian Premier Peter Malinauskas said the plant would open in 2027.")))
                .contains("South Australia", "Peter Malinauskas");
    }

    @Test
    void shouldReadTheLeaderWhenAGovernmentIsNamedAfterThem() {
        List<Entity> found = entities("es", "La medida fue aprobada por el Gobierno de Pedro Sánchez el martes en Madrid.");
        assertThat(names(found)).contains("Pedro Sánchez").doesNotContain("Gobierno de Pedro Sánchez");
        assertThat(entity(found, "Pedro Sánchez").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldReadABodyWhenAChamberOpensItsName() {
        assertThat(entity(entities("es", "La Cámara Chilena de la Construcción pidió más inversión en Santiago."),
                "Cámara Chilena de la Construcción").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNordicCountriesAndTheirGenitivesWhenTheArticleIsScandinavian() {
        List<Entity> found = entities("da", "Ifølge Energistyrelsen skal der bygges havvind i Østersøen ud for Danmark og Tyskland. "
                + "Det er afgørende for Danmarks omstilling.");
        assertThat(entity(found, "Danmark").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "Danmark").mentions()).isEqualTo(2);
        assertThat(entity(found, "Tyskland").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "Østersøen").type()).isEqualTo(EntityType.LOCATION);
        assertThat(names(found)).contains("Energistyrelsen").doesNotContain("Ifølge Energistyrelsen", "Danmarks");
        // "i" is no locative in Italian: "i Verdi" are a party
        assertThat(entity(entities("it", "Alle elezioni i Verdi hanno superato il 6 per cento."), "Verdi").type())
                .isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenATitlesWordStandsInsideItsName() {
        assertThat(entity(entities("en", "The coaches were built at the Integral Coach Factory in Chennai."),
                "Integral Coach Factory").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities("en", "Chelsea Coach Enzo Maresca said the team was tired."), "Enzo Maresca").type())
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldSplitTwoBodiesWhenTheFirstEndsWithItsOrganisationWord() {
        assertThat(names(entities("en", "Managers at the Royal Mail Group and Fujitsu knew of the flaws.")))
                .contains("Royal Mail Group", "Fujitsu").doesNotContain("Royal Mail Group and Fujitsu");
        // a department whose field goes on after "and" stays one body
        assertThat(names(entities("en", "The Department for Business and Trade said payments would be made.")))
                .contains("Department for Business and Trade");
    }

    @Test
    void shouldReadThePersonWhenACandidateOrANationalityNounComesFirst() {
        assertThat(names(entities("de", "Die Partei unter Spitzenkandidatin Marlene Svazek legte zu.")))
                .contains("Marlene Svazek").doesNotContain("Spitzenkandidatin Marlene Svazek");
        List<Entity> found = entities("fr", "La Française Julie Gayet présentera son film à Lyon.");
        assertThat(names(found)).contains("Julie Gayet", "France", "Lyon").doesNotContain("Française Julie Gayet");
    }

    @Test
    void shouldReadTheCountryAndTheProvinceWhenDutchNamesThem() {
        List<Entity> found = entities("nl", "Het Braziliaanse moederbedrijf wil besparen, en de Provincie Utrecht vraagt om duidelijkheid.");
        assertThat(names(found)).contains("Brazil").doesNotContain("Braziliaanse"); // an adjective names its country in English
        assertThat(entity(found, "Provincie Utrecht").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}

