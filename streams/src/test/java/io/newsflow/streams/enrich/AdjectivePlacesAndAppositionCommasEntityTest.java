package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-fourth held-out set (h384-h389: Mombasa's tea auction, Marseille's cruise berths, Dresden's
 * bridge, Bogotá's metro, Bologna's tram, Snowy 2.0) guided, each tried on other names: German adjective names of
 * places and of bodies with their town, hyphenated pairs of nationality adjectives, Italian titles in the feminine,
 * an apposition opened by an elided article, a comma after a describing word, a version number after a name, and
 * the words of utilities, cruise lines, reservoirs and Italian boroughs.
 */
class AdjectivePlacesAndAppositionCommasEntityTest {

    @Test
    void shouldReadTheBodyInTheNominativeWhenItsTownFollowsAnInflectedAdjective() {
        List<Entity> found = entities("de", "Ein Gutachten der Technischen Universität München hat die Schäden untersucht.");
        assertType(found, "Technische Universität München", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Technischen Universität München");
    }

    @Test
    void shouldReadAPlaceInTheNominativeWhenAnAdjectiveNamesASquareOrALandscape() {
        List<Entity> found = entities("de", "Die Busse halten seit Montag am Leipziger Ring und am Sächsischen Platz. Im Bayerischen Wald"
                + " fiel der erste Schnee.");
        assertType(found, "Sächsischer Platz", EntityType.LOCATION);
        assertType(found, "Bayerischer Wald", EntityType.LOCATION);
    }

    @Test
    void shouldReadBothCountriesWhenAHyphenJoinsTwoNationalityAdjectives() {
        List<Entity> found = entities("en", "The German-Polish consortium Baltic Link will build the cable.");
        assertType(found, "Germany", EntityType.LOCATION);
        assertType(found, "Poland", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("German-Polish");
    }

    @Test
    void shouldReadThePersonWhenAnItalianTitleInTheFeminineAndAPortfolioPrecedeTheName() {
        List<Entity> found = entities("it", "Il progetto è stato presentato dall'assessora al Bilancio Chiara Fontana e dalla sindaca"
                + " Laura Castelli.");
        assertType(found, "Chiara Fontana", EntityType.PERSON);
        assertType(found, "Laura Castelli", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Bilancio Chiara Fontana");
    }

    @Test
    void shouldReadABodyWhenAnAppositionOpensWithAnElidedArticle() {
        assertType(entities("it", "Gtt, l'azienda dei trasporti torinese, ha comprato 40 autobus."), "Gtt", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPersonWhenACommaPartsACompanyWordFromTheName() {
        List<Entity> found = entities("es", "La directora de la empresa, Mariela Quintero, dijo que las obras terminarán en mayo.");
        assertType(found, "Mariela Quintero", EntityType.PERSON);
    }

    @Test
    void shouldReadNoBodyWhenAVersionNumberFollowsTheName() {
        assertThat(names(entities("en", "The ministry said its Horizon 2.0 plan would be ready in June."))).doesNotContain("Horizon");
    }

    @Test
    void shouldReadTheBodiesAndPlacesWhenUtilitiesCruiseLinesReservoirsAndBoroughsAreNamed() {
        List<Entity> found = entities("en", "Manitoba Hydro said the dams were full.");
        assertType(found, "Manitoba Hydro", EntityType.ORGANIZATION);
        List<Entity> reservoirs = entities("en", "Water will flow between the Eildon and Dartmouth reservoirs from May.");
        assertType(reservoirs, "Eildon", EntityType.LOCATION);
        assertType(reservoirs, "Dartmouth", EntityType.LOCATION);
        assertType(entities("fr", "Les navires de Ponant Croisières restent à quai à Brest."), "Ponant Croisières", EntityType.ORGANIZATION);
        assertType(entities("it", "Il cantiere arriverà a Borgo Valsugana entro marzo."), "Borgo Valsugana", EntityType.LOCATION);
    }
}
