package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the words around a name say, each rule seen on the twentieth and twenty-first blind sets of
 * small sites' pages (2026-11-30) and tested on a variant with other names: a minister's portfolio,
 * a sentence's opening adverb, a title in the sentence before, seas, quays and streets, Dutch place
 * adjectives, places listed with a town, a person after a body in one span, Scandinavian cues; and
 * the field after a title inside a name ("First Minister of Wales", 2026-11-30, a sixth session).
 */
class NameContextEntityTest {

    @Test
    void shouldDropTheMinistersPortfolioWhenPortugueseContractsOfAndThe() {
        List<Entity> found = entities("pt", "O ministro das Infraestruturas e Habitação, Miguel Pinto Luz, disse que sim.",
                "O ministro das Finanças, Joaquim Miranda Sarmento, e a ministra da Saúde, Ana Paula Martins, também.");
        assertThat(names(found)).containsExactlyInAnyOrder("Miguel Pinto Luz", "Joaquim Miranda Sarmento", "Ana Paula Martins");
        assertThat(entity(found, "Joaquim Miranda Sarmento").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldDropThePortfolioButNameThePlaceWhenBothPrecedeMinister() {
        List<Entity> found = entities("en", "State Ports Minister Melissa Horne spoke first.",
                "Then UK Energy Minister Ed Miliband and Health Secretary Wes Streeting spoke.");
        assertThat(names(found)).containsExactlyInAnyOrder("Melissa Horne", "UK", "Ed Miliband", "Wes Streeting");
    }

    @Test
    void shouldDropTheAdverbWhenItOpensASentenceBeforeAName() {
        List<Entity> found = entities("en", "Ministers argue. Meanwhile Norway is building. Yet Denmark waits. "
                + "However Poland has started.");
        assertThat(names(found)).containsExactlyInAnyOrder("Norway", "Denmark", "Poland");
        assertThat(names(entities("nl", "Het overleg liep vast. Intussen Rotterdam bouwt door."))).contains("Rotterdam");
    }

    @Test
    void shouldIgnoreATitleWhenItEndsTheSentenceBefore() {
        assertThat(names(entities("en", "She was the queen. The Bank of England held rates.")))
                .contains("Bank of England").doesNotContain("England");
    }

    @Test
    void shouldTypeASeaWhenARomanceLanguageNamesIt() {
        assertThat(entity(entities("pt", "Os navios evitam o Mar Vermelho."), "Mar Vermelho").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("fr", "Les navires évitent la Mer Rouge."), "Mer Rouge").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(names(entities("en", "Sales rose in Mar 2024 at Bel Mar Estates."))).doesNotContain("Mar 2024");
    }

    @Test
    void shouldTypeAQuayAsAPlaceWhenItsNameSaysQuay() {
        assertThat(entity(entities("en", "The company will not redevelop Corio Quay this year."), "Corio Quay").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("nl", "De terminal aan de Parkkade krijgt walstroom."), "Parkkade").type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldMentionTheCountryWhenADutchAdjectiveNamesIt() {
        List<Entity> found = entities("nl", "De Nederlandse havens en de Duitse rederijen moeten voorop lopen.",
                "De Nederlandse Spoorwegen rijden later.");
        assertThat(entity(found, "Nederland").countryCode()).isEqualTo("NL");
        assertThat(entity(found, "Duitsland").countryCode()).isEqualTo("DE");
        assertThat(entity(found, "Nederlandse Spoorwegen").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeAnUnknownNameAsAPlaceWhenItIsListedWithATown() {
        List<Entity> found = entities("en", "Its fund has paid for new quays at Stord and Haugesund.",
                "Anyone who has walked the quays at Nigg or Montrose knows it.");
        for (String place : List.of("Stord", "Haugesund", "Nigg", "Montrose")) {
            assertThat(entity(found, place).type()).as(place).isEqualTo(EntityType.LOCATION);
        }
        List<Entity> longer = entities("en", "The Forth Green Freeport and the Inverness free zone were set up.");
        assertThat(entity(longer, "Forth Green Freeport").type()).isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldNameThePersonWhenItFollowsABodyOrPlaceInOneSpan() {
        List<Entity> found = entities("it", "Il presidente della Regione Liguria Marco Bucci ha parlato, mentre la sindaca "
                + "di Genova Silvia Salis ha chiesto garanzie.", "Lo ha detto il ministro delle Infrastrutture e dei Trasporti Matteo Salvini.");
        assertThat(entity(found, "Marco Bucci").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(found, "Silvia Salis").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(found, "Regione Liguria").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(found, "Genova").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "Matteo Salvini").type()).isEqualTo(EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Trasporti", "Infrastrutture");
        assertThat(names(entities("fr", "La Fondation Jean Jaurès publie une note."))).doesNotContain("Jean Jaurès");
    }

    @Test
    void shouldSplitTwoPeopleWhenASecondTitleFollowsAnd() {
        assertThat(names(entities("en", "Tacoma Mayor Victoria Woodards and Pierce County Executive Ryan Mello praised the vote.")))
                .contains("Victoria Woodards", "Ryan Mello", "Tacoma", "Pierce County");
    }

    @Test
    void shouldTypeAFrenchOrItalianRegionsGovernmentWhenItIsCapitalised() {
        assertThat(entity(entities("fr", "La Région Bretagne a retenu le groupement."), "Région Bretagne").type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities("it", "Ha parlato il presidente della Regione Toscana."), "Regione Toscana").type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadScandinavianCuesWhenASwedishTextNamesPeopleAndHarbours() {
        List<Entity> found = entities("sv", "– Vi ser att rederierna väljer Göteborg, säger Elvir Dzanic, vd för hamnbolaget.",
                "Containerterminalen på Skandiahamnen drivs av APM Terminals. Fackförbundet Hamnarbetarförbundet varnar.");
        assertThat(entity(found, "Elvir Dzanic").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(found, "Skandiahamnen").type()).isEqualTo(EntityType.LOCATION);
        assertThat(names(found)).contains("Hamnarbetarförbundet").doesNotContain("Fackförbundet Hamnarbetarförbundet");
    }

    @Test
    void shouldTypeStreetsAndListedPlacesWhenTheirWordsSaySo() {
        assertThat(entity(entities("en", "Residents asked for air monitors along Marine View Drive."), "Marine View Drive").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("fr", "Le parc est au large de Belle-Île-en-Mer et de Groix."), "Groix").type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldDropTheArticleWhenAWireDatelineEndsWithAMonthInCapitals() {
        assertThat(names(entities("it", "(ANSA) - GENOVA, 03 DIC - Il Consiglio dei ministri ha approvato il piano.")))
                .doesNotContain("Il Consiglio", "DIC");
    }

    @Test
    void shouldKeepTheCompanyWhenItsDescriptionNamedItBeforeItSaidSomething() {
        List<Entity> found = entities("en", "The park, a venture of Chinese steelmaker Tsingshan and French miner Eramet, has grown, "
                + "and Eramet said in a statement that it complied with the law.");
        assertThat(entity(found, "Eramet").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities("en", "Talks stalled on Monday, and Mowlds said the company would wait."), "Mowlds").type())
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldTypeAPlaceWhenItsNameEndsWithAPlaceWordThatIsAlsoAPlace() {
        List<Entity> found = entities("en", "Less than five percent survive, mostly around Bruny Island and the Tasman Peninsula, "
                + "as heatwaves push the East Australian Current south.");
        assertThat(entity(found, "Bruny Island").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "East Australian Current").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("en", "Manchester City won again."), "Manchester City").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameThePlaceAndThePersonWhenAnAbbreviatedTitleStandsBetween() {
        List<Entity> found = entities("en", "The state would help, Massachusetts Gov. Maura Healey said on Friday.",
                "Plaid Cymru's leader, Rhun ap Iorwerth, spoke; Iorwerth said the rally mattered.");
        assertThat(entity(found, "Massachusetts").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "Maura Healey").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(found, "Rhun ap Iorwerth").mentions()).isEqualTo(2);
        assertThat(names(found)).doesNotContain("Massachusetts Gov", "Rhun", "Iorwerth");
    }

    @Test
    void shouldNameOnlyThePersonWhenTheDepartmentHoldsAPortfolioWord() {
        List<Entity> found = entities("en", "It was said by Minister of Economic Affairs Wille Rydman, and by Minister of "
                + "Finance Jens Stoltenberg.");
        assertThat(names(found)).containsExactlyInAnyOrder("Wille Rydman", "Jens Stoltenberg");
    }

    @Test
    void shouldTypeAPlaceWhenALowerCasePlaceWordPrecedesIt() {
        List<Entity> found = entities("es", "La recuperación del nivel del lago Gatún permite más tránsitos por el molo VIII.");
        assertThat(entity(found, "Gatún").type()).isEqualTo(EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("VIII");
        assertThat(names(entities("fr", "La chambre de commerce et d'industrie (CCI) finance les quais."))).contains("CCI");
    }

    @Test
    void shouldReadNoPersonWhenOfFollowsATitleInsideAName() {
        // "First Minister of Wales": the title's field, as for "Minister of Finance"; its holder after it
        List<Entity> found = entities("en", "He met the First Minister of Wales in Athens. The First Minister of "
                + "Scotland John Swinney agreed.");
        assertThat(names(found)).contains("John Swinney", "Athens").doesNotContain("of Wales", "of Scotland John Swinney");
        assertThat(entity(found, "John Swinney").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldKeepTheBodyWhenATitlesFieldIsAListedOrganisationOrAnAcronym() {
        List<Entity> english = entities("en", "It was a record year, said the CEO of Siemens, Roland Busch, in Berlin.");
        assertThat(names(english)).contains("Siemens", "Roland Busch").doesNotContain("CEO of Siemens");
        List<Entity> french = entities("fr", "« Nous tenons les délais », a déclaré le PDG de la RATP, Paul Lemaire, à Lyon.");
        assertThat(names(french)).contains("RATP", "Paul Lemaire").doesNotContain("PDG de la RATP");
        assertThat(entity(french, "RATP").type()).isEqualTo(EntityType.ORGANIZATION);
        // a place in a title is part of the title: "Princess of Wales" mentions no Wales
        assertThat(names(entities("en", "The Princess of Wales Catherine presented the cup."))).doesNotContain("Wales");
    }
}
