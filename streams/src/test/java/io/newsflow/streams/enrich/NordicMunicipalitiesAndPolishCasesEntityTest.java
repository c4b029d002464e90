package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the forty-eighth held-out set (h348-h353: Silesia's mines, Stegra's steelworks, Porto's housing,
 * Chennai's floods, Wallonia's budget, Zürich's tram) guided, each tried on other names: Polish plural towns and
 * two-word towns in their cases, Polish adjectives, Nordic municipalities and plants, Portuguese "na" and "no", a
 * party's letters before its leader, small firms' acronyms.
 */
class NordicMunicipalitiesAndPolishCasesEntityTest {

    @Test
    void shouldReadTheTownWhenAPolishPluralOrTwoWordTownIsDeclined() {
        List<Entity> found = entities("pl", "Spółka otworzy zakłady w Tychach i w Zielonej Górze.");
        assertThat(names(found)).contains("Tychy", "Zielona Góra").doesNotContain("Tychach", "Zielonej Górze");
    }

    @Test
    void shouldReadTheCountryWhenAPolishAdjectiveIsDeclined() {
        assertType(entities("pl", "Eksport niemieckiego węgla spadł, a rząd pomaga kopalniom."), "Niemcy", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenANordicTownIsFollowedByItsMunicipality() {
        List<Entity> found = entities("sv", "Beslutet togs av Umeå kommun i tisdags, sa Maria Sandberg.");
        assertType(found, "Umeå kommun", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoBodyWhenANordicPlantOpensTheSentence() {
        assertThat(names(entities("sv", "Kraftverket ska byggas om. Skatteverket granskar bolaget."))).doesNotContain("Kraftverket")
                .contains("Skatteverket");
    }

    @Test
    void shouldReadAPlaceWhenAPortugueseArticleLocativePrecedesIt() {
        assertType(entities("pt", "As obras começam na Ribeira em março e no Alentejo em maio."), "Ribeira", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePartyWhenItsLettersPrecedeItsLeadersName() {
        List<Entity> found = entities("fr", "Le président du CDH Maxime Prévot a voté contre le texte.");
        assertType(found, "CDH", EntityType.ORGANIZATION);
        assertType(found, "Maxime Prévot", EntityType.PERSON);
    }

    @Test
    void shouldReadNoBodyWhenSmallFirmsAreNamedByTheirAcronym() {
        assertThat(names(entities("fr", "Les aides aux PME et aux TPE seront réduites à Namur."))).contains("Namur")
                .doesNotContain("PME", "TPE");
    }
}
