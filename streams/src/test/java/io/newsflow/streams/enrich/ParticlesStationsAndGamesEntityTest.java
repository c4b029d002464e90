package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fiftieth held-out set (h360-h365: Lekki's port, a Lyon brewery, Milan's Olympic arena, MSC at
 * Altenwerder, Sonangol's new block, Chile's salmon farms) guided, each tried on other names: a capitalised particle
 * opening a name in English, a German town after the word for a town, a place with an article after a region's
 * word, stations named for their place, Games named for their host, Portuguese nationality adjectives.
 */
class ParticlesStationsAndGamesEntityTest {

    @Test
    void shouldKeepTheParticleWhenItOpensANameInEnglishText() {
        List<Entity> found = entities("en", "Van Dijk, the club's captain, said the team was ready. De Bruyne agreed.");
        assertThat(names(found)).contains("Van Dijk").doesNotContain("Dijk");
    }

    @Test
    void shouldReadTheTownWhenTheGermanWordForATownPrecedesIt() {
        assertType(entities("de", "Die Stadt Bremen bleibt Eigentümerin des Hafens."), "Bremen", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenARegionsWordAndOfPrecedeANameWithAnArticle() {
        assertType(entities("es", "Los cultivos se extienden por la región de Los Ríos y más al sur."), "Los Ríos",
                EntityType.LOCATION);
        assertType(entities("es", "Los centros de la región de Los Lagos cosecharon antes."), "Los Lagos", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenAStationIsNamedForIt() {
        assertType(entities("it", "L'impianto sorge vicino alla stazione di Lambrate, a est del centro."), "Lambrate",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadNoPlaceWhenGamesAreNamedForTheirHost() {
        assertThat(names(entities("fr", "Les Jeux de Paris Saint-Denis ont coûté moins que prévu."))).noneMatch(n -> n.startsWith("Jeux"));
    }

    @Test
    void shouldReadTheCountryWhenAPortugueseAdjectiveNamesIt() {
        assertType(entities("pt", "A empresa assinou um acordo com a norueguesa Equinor para o bloco."), "Noruega",
                EntityType.LOCATION);
    }
}
