package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names the held-out pages of small sites (h92-h97, 2026-11-30) showed wrong: a body after "a
 * spokesperson for", a short name in brackets, a person described by "who", a councillor's title, a
 * nationality adjective missing from the lists, road numbers and common acronyms, Catalan and
 * Spanish bodies, German descriptions before a name, a wire dateline's full stop.
 */
class SmallSitePagesEntityTest {

    @Test
    void shouldTypeTheBodyAnOrganisationWhenASpokespersonSpeaksForIt() {
        List<Entity> entities = entities("en", "A spokesperson for Stagecoach said the company would publish timetables.");
        assertThat(entity(entities, "Stagecoach").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldJoinTheShortNameToTheFullNameWhenTheTextGivesItInBrackets() {
        List<Entity> entities = entities("en", "The Ghana Cocoa Board (Cocobod) acknowledged the losses on Monday.",
                "Cocobod said smuggling could cost 150,000 tonnes.");
        assertThat(entity(entities, "Ghana Cocoa Board").mentions()).as("the name, its short name in brackets, then alone").isEqualTo(3);
        assertThat(entities).extracting(Entity::name).doesNotContain("Cocobod");
        List<Entity> initials = entities("es", "La Agència Catalana de l'Aigua (ACA) mantiene la alerta en Girona.");
        assertThat(initials).extracting(Entity::name).contains("Agència Catalana de l'Aigua").doesNotContain("ACA");
    }

    @Test
    void shouldTypeAPersonWhenARelativeClauseWithWhoDescribesTheName() {
        List<Entity> entities = entities("en", "Nana Agyei Boateng, who farms 12 acres near Sefwi Wiawso, said buyers paid cash.");
        assertThat(entity(entities, "Nana Agyei Boateng").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldResolveTheCouncillorWhenCllrPrecedesTheSurname() {
        List<Entity> entities = entities("en", "Council leader Andrew Morgan said there was no choice.",
                "\"We cannot keep paying for these buses,\" Cllr Morgan told the cabinet.");
        assertThat(entity(entities, "Andrew Morgan").mentions()).isEqualTo(2);
        assertThat(entities).extracting(Entity::name).doesNotContain("Cllr Morgan");
    }

    @Test
    void shouldMentionTheCountryWhenAnAdjectiveNamesIt() {
        List<Entity> entities = entities("en", "Beans are far more valuable on the Ivorian side of the border.");
        assertThat(entities).extracting(Entity::countryCode).contains("CI");
        assertThat(entities).extracting(Entity::name).doesNotContain("Ivorian");
    }

    @Test
    void shouldNameNothingWhenARoadNumberOrACommonAcronymIsCapitalised() {
        assertThat(entities("en", "She said the 130 service was her only way to reach her GP surgery from the A470."))
                .extracting(Entity::name).doesNotContain("GP", "A470");
    }

    @Test
    void shouldTypeBodiesWhenCatalanOrSpanishBodyWordsOpenTheirNames() {
        List<Entity> entities = entities("es", "La organización agraria Unió de Pagesos ha pedido al Ministerio para la "
                + "Transición Ecológica ayudas para los regantes.", "El conseller de Territorio, Sílvia Paneque, ha explicado la mejora.");
        assertThat(entity(entities, "Unió de Pagesos").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Ministerio para la Transición Ecológica").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("Territorio");
    }

    @Test
    void shouldNameTheBodyAloneWhenAGermanDescriptionOrGenitiveNounOpensTheSpan() {
        List<Entity> entities = entities("de", "Die norwegische Reederei Color Line wird ihre Fährverbindung ausdünnen.",
                "Auch die Gewerkschaft Verdi warnt vor den Folgen.",
                "Die Oslo-Linie war nach Angaben der Seehafen Kiel GmbH für ein Viertel verantwortlich.",
                "Kiels Oberbürgermeister Ulf Kämpfer zeigte sich enttäuscht.");
        assertThat(entity(entities, "Color Line").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Verdi").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Seehafen Kiel GmbH").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Ulf Kämpfer").type()).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Gewerkschaft Verdi", "Angaben der Seehafen Kiel GmbH");
    }

    @Test
    void shouldDropTheOpeningArticleWhenAnEfeDatelineEndsInAFullStopAndDash() {
        List<Entity> entities = entities("es", "Barcelona, 21 ene (EFE).- El Govern de la Generalitat ha levantado la emergencia.");
        assertThat(entity(entities, "Govern de la Generalitat").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("El Govern de la Generalitat");
    }

    @Test
    void shouldNameThePlaceAndTheCompanyWhenABasedWordOpensTheSpan() {
        List<Entity> entities = entities("en", "Economists at Lagos-based Cordros Securities had expected the bank to hold rates.");
        assertThat(entity(entities, "Lagos").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Cordros Securities").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePlaceWhenAPrefectOrADistrictNamesIt() {
        List<Entity> entities = entities("fr", "Le préfet des Côtes-d'Armor, Stéphane Rouvé, doit réunir les élus.");
        assertThat(entity(entities, "Côtes-d'Armor").type()).isEqualTo(EntityType.LOCATION);
        List<Entity> italian = entities("it", "Il tunnel collegherà il quartiere della Foce con il porto.");
        assertThat(entity(italian, "Foce").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldStartAClauseWhenAPressReleaseDatelineEndsWithItsYear() {
        List<Entity> entities = entities("en", "BERGEN, Norway — March 3, 2025 — Researchers at the University of Bergen "
                + "have published a map.");
        assertThat(entities).extracting(Entity::name).doesNotContain("Researchers").contains("University of Bergen");
    }

    @Test
    void shouldKeepTheBodyWholeWhenItsNameGoesOnAfterAListedPlaceOrHoldsAnd() {
        List<Entity> entities = entities("en", "She is an economist at the West Africa Energy Forum in Accra.",
                "The Global Flaring and Methane Reduction Partnership has offered financing.",
                "Work began on Monday, the Ghana Ports and Harbours Authority said.");
        assertThat(entity(entities, "West Africa Energy Forum").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Global Flaring and Methane Reduction Partnership").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Ghana Ports and Harbours Authority").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeAPlaceWhenATownOrAPlaceWithItsPlaceWordHoldsAnOrganisationWord() {
        List<Entity> entities = entities("en", "The flares of the Niger Delta light up homes in Port Harcourt.",
                "Ships berth at the Merwehaven.");
        assertThat(entity(entities, "Niger Delta").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Port Harcourt").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Merwehaven").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldSplitTheBodyFromThePersonWhenATitleStandsBeforeBoth() {
        List<Entity> entities = entities("pl", "Prezes Orlenu Ireneusz Fąfara powiedział, że terminal zwiększy bezpieczeństwo.");
        assertThat(entity(entities, "Ireneusz Fąfara").type()).isEqualTo(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).doesNotContain("Orlenu Ireneusz Fąfara");
    }

    @Test
    void shouldKeepOneNameWhenInitialsOrAnAbbreviationStandInsideIt() {
        List<Entity> entities = entities("en", "State ports minister V. N. Vasavan welcomed the decision.",
                "Fed chair Jerome H. Powell said rates would hold.", "Salmon return to the St. Lawrence River.");
        assertThat(entity(entities, "V. N. Vasavan").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "Jerome H. Powell").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "St. Lawrence River").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldTypeTheBodyAfterItsBaseAndThePlaceAfterADirection() {
        List<Entity> entities = entities("en", "Copenhagen-based Norden and others ordered ships.",
                "The Kenya Ports Authority signed with Abu Dhabi-based AD Ports Group.",
                "The plant stands at Kassø in southern Jutland.");
        assertThat(entity(entities, "Norden").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "AD Ports Group").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Abu Dhabi").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Jutland").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldReadThePlaceWhenAGivenNameOpensACountyOrATownStandsBeforeAProvince() {
        List<Entity> entities = entities("en", "Median rents in Travis County rose 4% last year.",
                "The terminal at Contrecoeur, Que., will open in 2030.");
        assertThat(entity(entities, "Travis County").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Contrecoeur").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities, "Quebec").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldNameThePersonAndNoSumWhenIrishTitlesOrShillingsStandBeforeThem() {
        List<Entity> entities = entities("en", "Taoiseach Simon Harris said the plan would bring Sh30 billion.",
                "NAIROBI, Kenya, Dec 3 – The Kenya Ports Authority has signed a deal.");
        assertThat(entity(entities, "Simon Harris").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "Kenya Ports Authority").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("Sh30", "Taoiseach Simon Harris", "The Kenya Ports Authority");
    }

    @Test
    void shouldReadTheBodyAndTheTownsWhenAnAcronymOpensANameOrAGermanTownFollowsIn() {
        List<Entity> entities = entities("en", "PKP Polskie Linie Kolejowe, the infrastructure manager, says upgrades will end.");
        assertThat(entity(entities, "PKP Polskie Linie Kolejowe").type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> german = entities("de", "Eurogate will das Terminal in Bremerhaven modernisieren.",
                "Das Werk in Mülheim an der Ruhr bleibt.", "Das kündigte Geschäftsführer Tom Eckelmann an.");
        assertThat(entity(german, "Bremerhaven").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(german, "Tom Eckelmann").type()).isEqualTo(EntityType.PERSON);
        assertThat(german).extracting(Entity::name).doesNotContain("Mülheim");
    }

    @Test
    void shouldJoinTheBodyWhenItIsNamedWithoutItsPlace() {
        List<Entity> entities = entities("es", "La Autoridad Portuaria de Valencia ha adjudicado la terminal.",
                "El presidente de la Autoridad Portuaria, Joan Calabuig, ha destacado el proyecto.");
        assertThat(entity(entities, "Autoridad Portuaria de Valencia").mentions()).isEqualTo(2);
        assertThat(entities).extracting(Entity::name).doesNotContain("Autoridad Portuaria");
    }
}

