package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-first held-out set (h486-h491: Hobart's stadium, the KKL's roof, Namur's citadel, Málaga's tourist
 * flats, Verona's Arena, Gdańsk's Solidarity centre) guided, each tried on other names: Italian, Spanish and Portuguese
 * streets with their lower-case kind, a town's historic centre, breweries, and a dialogue dash opening a sentence.
 */
class RomanceStreetsBreweriesAndDashesEntityTest {

    @Test
    void shouldReadTheStreetWithItsKindWhenARomanceStreetIsNamed() {
        assertType(entities("it", "Il corteo è partito da piazza Maggiore ed è arrivato in via Indipendenza."), "via Indipendenza",
                EntityType.LOCATION);
        assertType(entities("es", "Los comercios de la calle Larios cerrarán antes."), "calle Larios", EntityType.LOCATION);
        assertType(entities("pt", "A manifestação desceu a rua Augusta até ao Terreiro do Paço."), "rua Augusta", EntityType.LOCATION);
        assertThat(names(entities("en", "The award was sent via Twitter to the winners."))).doesNotContain("via Twitter");
    }

    @Test
    void shouldReadAPlaceWhenATownsHistoricCentreIsNamed() {
        assertType(entities("es", "Las terrazas del Centro Histórico ocupan ya media calle."), "Centro Histórico", EntityType.LOCATION);
    }

    @Test
    void shouldReadABodyWhenABreweryIsNamed() {
        assertType(entities("fr", "Selon lui, la Brasserie de Rochefort augmentera sa production."), "Brasserie de Rochefort",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoNameWhenADialogueDashOpensTheSentence() {
        assertThat(names(entities("pl", "Prezes firmy zapowiedział inwestycję. – Budujemy nową halę – dodał."))).doesNotContain("Budujemy");
    }
}
