package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-fifth held-out set (h510-h515: Bergen's light rail, the Fosen wind farms, Aalborg's cement works,
 * Östrand's pulp mill, the Shannon pipeline, Belém before COP30) guided, each tried on other names: Nordic seas, lakes and
 * works, Norwegian county and state bodies, Sami districts, Nordic title compounds and town genitives, Irish counties and
 * state bodies, ambassadors, a surname's particle before a place word, Brazilian city halls and climate conferences.
 */
class NordicSeasIrishCountiesAndAmbassadorsEntityTest {

    @Test
    void shouldReadAPlaceWhenANordicNameEndsInADefiniteGeographicNoun() {
        assertType(entities("sv", "Fisket i Storsjön har minskat kraftigt i år."), "Storsjön", EntityType.LOCATION);
        assertType(entities("da", "Færgen sejler igen over Limfjorden fra mandag."), "Limfjorden", EntityType.LOCATION);
        assertType(entities("sv", "Boliden bygger ut gruvan Aitik utanför Gällivare."), "Aitik", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenANorwegianCountyOrStateAgencyIsNamed() {
        assertType(entities("no", "Saken er sendt til Troms fylkeskommune for behandling."), "Troms fylkeskommune",
                EntityType.ORGANIZATION);
        assertType(entities("no", "Kartene er laget av Statens kartverk i fjor."), "Statens kartverk", EntityType.ORGANIZATION);
        assertType(entities("no", "Reindriften i Jillen-Njaarke sijte protesterer."), "Jillen-Njaarke sijte", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePersonWhenANordicCompoundTitleOpensTheName() {
        assertType(entities("no", "Det sier stortingspresident Masud Gharahkhani til avisen."), "Masud Gharahkhani", EntityType.PERSON);
    }

    @Test
    void shouldReadTheTownWhenANordicTextWritesItsGenitive() {
        assertType(entities("da", "Det er den største investering i Odenses historie."), "Odense", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheCountyAndTheBodyWhenAnIrishTextNamesThem() {
        assertType(entities("en", "The new greenway runs through Co Kerry and will open in May."), "Kerry", EntityType.LOCATION);
        assertType(entities("en", "An Post said it would close 30 offices next year."), "An Post", EntityType.ORGANIZATION);
        assertType(entities("en", "Water will be stored in a reservoir at Ballyboden before it is treated."), "Ballyboden",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadThePersonWhenAnAmbassadorOrAParticleSurnameIsNamed() {
        assertType(entities("pt", "A embaixadora Maria Luiza Ribeiro Viotti chegou ontem."), "Maria Luiza Ribeiro Viotti",
                EntityType.PERSON);
        assertType(entities("pt", "A professora Ana Paula do Monte disse que o estudo continua."), "Ana Paula do Monte",
                EntityType.PERSON);
    }

    @Test
    void shouldReadTheCityHallAndNoConferenceWhenABrazilianTextNamesThem() {
        var found = entities("pt", "A Prefeitura de Manaus prepara a cidade para a COP29 e para a COP 30.");
        assertType(found, "Prefeitura de Manaus", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("COP29", "COP");
    }
}
