package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-third held-out set (h498-h503: Lisbon's funicular, Milan's stadium sale, Zaragoza's stadium,
 * Nantes' hospital, Copenhagen's Lynetteholm, Belfast's Casement Park) guided, each tried on other names: clubs, parks,
 * tournaments, Nordic directions, ampersand names, possessives closing a name, a government named after its place, a
 * province's body opening a sentence and a listed acronym in the title.
 */
class ClubsParksAndTitleAcronymsEntityTest {

    @Test
    void shouldReadTheClubWhenMilanIsNamedOutsideEnglishAndFrench() {
        assertType(entities("es", "El Milan ganó el domingo en Bérgamo y sigue líder."), "Milan", EntityType.ORGANIZATION);
        assertType(entities("it", "Il gol dell'Inter è arrivato al novantesimo."), "Inter", EntityType.ORGANIZATION);
        assertType(entities("en", "The fashion week opened in Milan on Tuesday."), "Milan", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenAParkIsNamed() {
        assertType(entities("en", "Thousands marched through Phoenix Park on Sunday."), "Phoenix Park", EntityType.LOCATION);
        assertType(entities("en", "The team also announced that Grace Park will lead the project."), "Grace Park",
                EntityType.PERSON);
        assertType(entities("en", "The start-up moved to the Cambridge Science Park last year."), "Cambridge Science Park",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoBodyWhenATournamentIsNamed() {
        assertThat(names(entities("es", "La selección quiere llegar en forma al Mundial."))).doesNotContain("Mundial");
        assertThat(names(entities("en", "Riyadh will host Expo 2030 after the vote in Paris."))).doesNotContain("Expo");
    }

    @Test
    void shouldReadAPlaceWhenANordicDirectionPrecedesIt() {
        assertType(entities("sv", "Vindkraftparken ska byggas norr om Hällnäs, säger bolaget."), "Hällnäs", EntityType.LOCATION);
        assertType(entities("da", "Den nye bro skal ligge vest for Tjøtta, oplyser kommunen."), "Tjøtta", EntityType.LOCATION);
    }

    @Test
    void shouldKeepTheFirstWordWhenAnAmpersandJoinsAName() {
        assertType(entities("da", "I går lukkede kæden Up & Down sin sidste butik."), "Up & Down", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepAPossessiveWhenItClosesABodysName() {
        assertType(entities("es", "La asociación Tierra Nuestra presentó un recurso."), "Tierra Nuestra", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheGovernmentWhenExecutiveFollowsAListedPlace() {
        assertType(entities("en", "Unions wrote to the Northern Ireland Executive on Monday."), "Northern Ireland Executive",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepTheProvinceWhenItsBodyOpensASentence() {
        var found = entities("en", "The GAA said it was pleased. Connacht GAA opened its new centre on Friday.");
        assertType(found, "Connacht GAA", EntityType.ORGANIZATION);
        assertType(found, "GAA", EntityType.ORGANIZATION);
    }

    @Test
    void shouldCountAListedAcronymWhenOnlyTheTitleNamesIt() {
        assertType(extractIn("Ukraine asks NATO for more air defence", "en", "Kyiv wants more systems before the winter."),
                "NATO", EntityType.ORGANIZATION);
        assertThat(names(extractIn("WHO WILL PAY FOR THE BRIDGE", "en", "The council has not decided."))).doesNotContain("WHO");
        assertThat(names(extractIn("Acuerdo con el FMI", "es",
                "El Gobierno firmó con el Fondo Monetario Internacional (FMI) un nuevo programa.")))
                .contains("Fondo Monetario Internacional").doesNotContain("FMI");
    }
}
