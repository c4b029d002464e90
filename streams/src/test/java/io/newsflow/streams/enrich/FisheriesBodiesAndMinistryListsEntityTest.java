package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-ninth held-out set (h534-h539: Peterhead's mackerel, Lorient's winter closure, Arousa's
 * cockles, Peniche's sardines, Urk's shrimpers, the Baltic cod ban) guided, each tried on other names: ministries whose
 * portfolios are listed with commas or Polish "i", bodies going on with "e da" or "para a", Polish bodies and towns
 * given back in the nominative, a capitalised "Den" inside a sentence, descriptors after an elided article, a
 * lower-case university before its town, portfolios after "conselleiro" and "chargé de", Dutch trade compounds.
 */
class FisheriesBodiesAndMinistryListsEntityTest {

    @Test
    void shouldKeepTheMinistryWholeWhenItsPortfoliosAreListedWithCommas() {
        assertThat(names(entities("es", "El Ministerio de Agricultura, Pesca y Alimentación publicó ayer los datos.")))
                .contains("Ministerio de Agricultura, Pesca y Alimentación");
        assertThat(names(entities("nl", "Dat meldt het ministerie van Volksgezondheid, Welzijn en Sport maandag.")))
                .contains("ministerie van Volksgezondheid, Welzijn en Sport");
    }

    @Test
    void shouldNotJoinCountriesWhenAMinistersOfListNamesThem() {
        assertThat(names(entities("es", "Ministros de España, Francia y Portugal se reunieron en Lisboa.")))
                .contains("Francia", "Portugal").doesNotContain("España Francia");
    }

    @Test
    void shouldReadThePolishMinistryWholeAndInTheNominativeWhenItsPortfoliosAreJoinedByI() {
        assertType(entities("pl", "Dotacje z Ministerstwa Klimatu i Środowiska trafią do gmin."),
                "Ministerstwo Klimatu i Środowiska", EntityType.ORGANIZATION);
    }

    @Test
    void shouldGiveBackTheNominativeWhenAPolishBodyOrBayIsDeclined() {
        assertType(entities("pl", "Posłowie Unii Europejskiej debatowali w Strasburgu."), "Unia Europejska",
                EntityType.ORGANIZATION);
        assertType(entities("pl", "Statki czekały na Zatoce Puckiej od rana."), "Zatoka Pucka", EntityType.LOCATION);
        assertType(entities("pl", "Prezes Zrzeszenia Armatorów Polskich zabrał głos."), "Zrzeszenie Armatorów Polskich",
                EntityType.ORGANIZATION);
        assertType(entities("pl", "Turyści z Władysławowa wrócili do domu."), "Władysławowo", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePlaceWhenAPolishCityAdjectiveIsWrittenInLowerCase() {
        assertThat(names(entities("pl", "Naukowcy z krakowskiego instytutu ostrzegają przed smogiem.")))
                .contains("Kraków");
    }

    @Test
    void shouldKeepTheBodyWholeWhenItGoesOnWithAndOfTheOrForThe() {
        assertType(entities("pt", "Segundo o Instituto Nacional da Água e do Ambiente, o caudal desceu."),
                "Instituto Nacional da Água e do Ambiente", EntityType.ORGANIZATION);
        assertType(entities("pt", "A Agência para a Modernização Administrativa abriu o concurso."),
                "Agência para a Modernização Administrativa", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheTownWhenACapitalisedDenStandsInsideASentence() {
        assertType(entities("nl", "De veerboot vertrekt vanuit Den Helder naar Texel."), "Den Helder", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenADescriptorAfterAnElidedArticleNamesIt() {
        assertType(entities("fr", "Le recours de l'association Bloom a été rejeté."), "Bloom", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameTheUniversityWhenItsLowerCaseKindStandsBeforeItsTown() {
        assertType(entities("fr", "Une étude de l'université de Bordeaux le confirme."), "université de Bordeaux",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameNoBodyWhenThePortfolioFollowsConselleiroOrChargeDe() {
        assertThat(names(entities("es", "La conselleira do Medio Rural, María José Gómez, visitó la granja.")))
                .contains("María José Gómez").doesNotContain("Medio Rural");
        assertThat(names(entities("fr", "Le ministre chargé du Logement, Paul Girard, l'a annoncé.")))
                .contains("Paul Girard").doesNotContain("Logement");
    }

    @Test
    void shouldReadTheCompanyWhenADutchTradeCompoundOpensTheSentence() {
        assertType(entities("nl", "Visleverancier Jaczon sluit een fabriek."), "Jaczon", EntityType.ORGANIZATION);
        assertType(entities("nl", "Bloemenhandelaar Dümmen Orange schrapt banen."), "Dümmen Orange", EntityType.ORGANIZATION);
    }
}
