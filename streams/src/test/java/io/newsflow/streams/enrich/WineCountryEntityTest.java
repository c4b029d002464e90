package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the wine country held-out set (h714-h719) found missing or wrong, each tried on other names: a Romance body's
 * complement with its adjective before the noun, a German association's region, Italian "a"/"ad" before a place, a
 * consortium listing its denominations, a town placed in its region after a comma, a Portuguese saint's town, and
 * South Africa's provinces and wine regions in a title.
 */
class WineCountryEntityTest {

    @Test
    void shouldKeepAPreposedAdjectiveWhenARomanceBodysComplementHasOne() {
        List<Entity> found = entities("fr", "L'Union des grands crus de Bordeaux a présenté le millésime à Londres.",
                "Les négociants attendent les prix.");
        assertType(found, "Union des grands crus de Bordeaux", EntityType.ORGANIZATION);
        List<Entity> spanish = entities("es", "La Asociación de pequeños agricultores de Jaén pidió ayudas al Gobierno.",
                "Los olivareros esperan lluvias.");
        assertType(spanish, "Asociación de pequeños agricultores de Jaén", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepAnAssociationsRegionWhenAGermanCompoundNamesItsKind() {
        List<Entity> found = entities("de", "Der Bauernverband Schleswig-Holstein kritisiert die Pläne, der Tourismusverband Brandenburg auch.",
                "Der Fahrgastverband Pro Bahn schweigt.");
        assertType(found, "Bauernverband Schleswig-Holstein", EntityType.ORGANIZATION);
        assertType(found, "Tourismusverband Brandenburg", EntityType.ORGANIZATION);
        assertType(found, "Pro Bahn", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenItalianAOrAdPrecedesIt() {
        List<Entity> found = entities("it", "La vendemmia è finita. A Castiglione Falletto i raccoglitori sono tornati a casa.",
                "Molti lavorano ora intorno ad Agliano, dove la raccolta è in ritardo.");
        assertType(found, "Castiglione Falletto", EntityType.LOCATION);
        assertType(found, "Agliano", EntityType.LOCATION);
    }

    @Test
    void shouldReadAWholeConsortiumWhenItsNameListsDenominations() {
        List<Entity> found = entities("it", "Il Consorzio di tutela Roero Arneis e Favorita ha chiesto nuove regole.",
                "I produttori sono d'accordo.");
        assertType(found, "Consorzio di tutela Roero Arneis e Favorita", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Favorita");
    }

    @Test
    void shouldReadATownWhenACommaPlacesItInItsRegion() {
        List<Entity> found = entities("es", "Los vecinos de Cenicero, en La Rioja, y las cooperativas de Elciego, en Álava, protestan.",
                "El bioparque Mundomar, en Benidorm, anunció el nacimiento de un delfín.");
        assertType(found, "Cenicero", EntityType.LOCATION);
        assertType(found, "Elciego", EntityType.LOCATION);
        assertThat(found).noneMatch(e -> e.name().equals("Mundomar") && e.type() == EntityType.LOCATION);
    }

    @Test
    void shouldReadASaintsTownWhenSaoOpensIt() {
        List<Entity> found = entities("pt", "Em São Bento do Sul e em São José dos Campos as fábricas pararam.",
                "Os sindicatos pedem negociações.");
        assertType(found, "São Bento do Sul", EntityType.LOCATION);
        assertType(found, "São José dos Campos", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Bento do Sul", "José dos Campos");
    }

    @Test
    void shouldReadProvincesAndWineRegionsWhenOnlyATitleNamesThem() {
        assertType(extractIn("Eastern Cape farmers count the cost of drought", "en", "Growers lost a third of their crop."),
                "Eastern Cape", EntityType.LOCATION);
        assertType(extractIn("Los bodegueros de Ribera del Duero venden menos", "es", "Las ventas cayeron un 8 por ciento."),
                "Ribera del Duero", EntityType.LOCATION);
    }
}
