package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-fifth held-out set (h390-h395: Manila's subway, Belo Horizonte's metro, Groningen's damage
 * claims, Hamburg's Elbtower, the Vaca Muerta Sur pipeline, Liège's cargo airport) guided, each tried on other names:
 * pipelines named after their word, a listed place and its compass part, stations in the plural and a city's
 * district after its lower-case word, under-secretaries and Portuguese titles in the feminine, Liège's adjective.
 */
class PipelinesCompassPartsAndDistrictsEntityTest {

    @Test
    void shouldReadNoPlaceOrBodyWhenAPipelinesWordNamesIt() {
        List<Entity> found = entities("es", "Enarsa terminó el gasoducto Perito Moreno, que lleva gas hasta Buenos Aires.");
        assertThat(names(found)).doesNotContain("Perito Moreno");
        assertThat(names(entities("en", "Regulators approved the Keystone Light pipeline on Monday."))).doesNotContain("Keystone Light");
    }

    @Test
    void shouldReadOnePlaceWhenACompassWordClosesAListedPlacesName() {
        List<Entity> found = entities("es", "Los vecinos de San Antonio Oeste protestaron frente al municipio.");
        assertType(found, "San Antonio Oeste", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Oeste");
    }

    @Test
    void shouldReadPlacesWhenPluralStationsOrADistrictsWordPrecedeTheNames() {
        assertType(entities("pt", "Os trens param nas estações Calafate e Gameleira desde segunda-feira."), "Calafate",
                EntityType.LOCATION);
        assertType(entities("pt", "A obra chega ao bairro Santa Efigênia em março."), "Santa Efigênia", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePersonWhenAnUndersecretarysFieldPrecedesTheName() {
        List<Entity> found = entities("en", "Finance Undersecretary Liza Mercado told reporters the budget was ready.");
        assertType(found, "Liza Mercado", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Finance Undersecretary");
    }

    @Test
    void shouldReadThePlaceWhenAPortugueseTitleInTheFeminineGovernsIt() {
        assertType(entities("pt", "A prefeita de Betim cobrou a conclusão da obra."), "Betim", EntityType.LOCATION);
    }

    @Test
    void shouldReadLiegeWhenItsAdjectiveDescribesSomething() {
        assertType(entities("fr", "Le club liégeois a perdu samedi."), "Liège", EntityType.LOCATION);
    }
}
