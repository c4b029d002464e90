package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-fourth held-out set (h564-h569: Lower Saxony's wolf, Trentino's bear, Andalusia's lynx,
 * Białowieża's forest, Sweden's wolf hunt, Yellowstone's grizzlies) guided, each tried on other names: two initials
 * before a body's name with "and", national and natural parks, an Italian province's government and its short name,
 * a German body's genitive after "des", Polish "-si" and forests, Spanish surroundings and roads.
 */
class WildlifeParksAndGenitiveBodiesEntityTest {

    @Test
    void shouldKeepTheBodyWholeWhenTwoInitialsOpenANameWithAnd() {
        assertType(entities("en", "The U.S. Fish and Wildlife Service agreed on Monday."), "U.S. Fish and Wildlife Service",
                EntityType.ORGANIZATION);
        assertThat(names(entities("en", "Inflation in the U.S. Prices rose again in May."))).contains("U.S.");
    }

    @Test
    void shouldReadAPlaceWhenANationalParkIsNamed() {
        assertType(entities("es", "Los incendios llegaron al Parque Nacional de Monfragüe el lunes."),
                "Parque Nacional de Monfragüe", EntityType.LOCATION);
        assertType(entities("it", "I lupi sono tornati nel parco nazionale Gran Sasso da anni."), "Gran Sasso", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyAndItsShortNameWhenAnItalianProvinceGoverns() {
        List<Entity> found = entities("it", "La Provincia autonoma di Bolzano ha approvato il piano. Secondo la Provincia, i lavori "
                + "partiranno a maggio.");
        assertType(found, "Provincia autonoma di Bolzano", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Provincia");
    }

    @Test
    void shouldGiveTheNominativeWhenAGermanBodyIsNamedInTheGenitive() {
        assertThat(names(entities("de", "Der Direktor des Klinikums Stuttgart kündigte Stellen an."))).contains("Klinikum Stuttgart");
        assertThat(names(entities("de", "Die Passagierzahlen des Flughafens München stiegen im Mai."))).contains("Flughafen München");
    }

    @Test
    void shouldGiveTheNominativeWhenPolishDeclinesASoftStemOrAForest() {
        assertThat(names(entities("pl", "Granica z Białorusią jest zamknięta, a na Białorusi trwają ćwiczenia."))).contains("Białoruś");
        assertThat(names(entities("pl", "Turyści odwiedzają skraj Puszczy Kampinoskiej każdego lata."))).contains("Puszcza Kampinoska");
    }

    @Test
    void shouldReadThePlaceWhenSpanishNamesItsSurroundingsOrRoads() {
        assertType(entities("es", "Los vecinos del entorno de Garrucha piden más vigilancia."), "Garrucha", EntityType.LOCATION);
    }
}
