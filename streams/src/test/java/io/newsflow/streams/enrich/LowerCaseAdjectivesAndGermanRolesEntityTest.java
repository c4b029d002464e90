package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the thirty-eighth held-out set (h296-h299: Snowy Hydro, a Belgian rail strike, the
 * Brenner base tunnel, Pemex's refinery) guided, on other names: lower-case nationality adjectives in
 * the languages that write them so, German role nouns and company descriptions before a name,
 * "between X and Y", administrative words before a place, number words opening a place's name, and a
 * Romance body's name closed by a nationality.
 */
class LowerCaseAdjectivesAndGermanRolesEntityTest {

    @Test
    void shouldCountTheCountryInTheArticlesLanguageWhenALowerCaseAdjectiveNamesIt() {
        Entity spain = entity(entities("fr", "Le gouvernement espagnol a validé le projet à Madrid."), "Espagne");
        assertThat(spain.type()).isEqualTo(EntityType.LOCATION);
        assertThat(spain.countryCode()).isEqualTo("ES");
        assertThat(entity(entities("de", "Die polnische Regierung stimmte in Warschau zu."), "Polen").countryCode())
                .isEqualTo("PL");
        // one entity when the text also names the country
        List<Entity> both = entities("es", "Las empresas chinas invierten en Perú. China es su primer socio.");
        assertThat(entity(both, "China").mentions()).isEqualTo(2);
    }

    @Test
    void shouldReadNoCountryWhenTheWordIsNoAdjectiveInTheArticlesLanguage() {
        assertThat(names(entities("en", "He wore chinos and a linen shirt to the meeting in Leeds."))).doesNotContain("China");
        // inside a body's name the adjective is the body's
        List<Entity> found = entities("fr", "La Banque nationale suisse a relevé son taux, selon Thomas Jordan.");
        assertThat(names(found)).contains("Banque nationale suisse").doesNotContain("Suisse");
    }

    @Test
    void shouldReadThePersonWhenAGermanRoleNounStandsBeforeTheName() {
        List<Entity> found = entities("de", "Das sagte sein Parteikollege Olaf Scholz am Montag in Berlin.");
        assertThat(entity(found, "Olaf Scholz").type()).isEqualTo(EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Parteikollege Olaf Scholz");
    }

    @Test
    void shouldReadTheCompanyWhenAGermanCompoundDescribesIt() {
        assertThat(names(entities("de", "Das teilte die Betreibergesellschaft NTG SE am Dienstag mit.")))
                .contains("NTG SE").doesNotContain("Betreibergesellschaft NTG SE");
        // a company's kind and its town can be the body's own name
        assertThat(names(entities("de", "Die Hafen-Entwicklungsgesellschaft Rostock baut einen neuen Kai.")))
                .contains("Hafen-Entwicklungsgesellschaft Rostock");
    }

    @Test
    void shouldReadAPlaceWhenItStandsBetweenAKnownPlaceAndAnd() {
        assertThat(entity(entities("de", "Der Zug fährt stündlich zwischen Salzburg und Bischofshofen."), "Bischofshofen")
                .type()).isEqualTo(EntityType.LOCATION);
        // a town's name going on in lower case is not cut short
        assertThat(names(entities("de", "Die Strecke zwischen Regensburg und Furth im Wald wird gesperrt."))).doesNotContain("Furth");
    }

    @Test
    void shouldReadThePlaceWhenAnAdministrativeWordOrANumberOpensIt() {
        assertThat(entity(entities("es", "La planta, en el municipio de Zapotlanejo, abrirá en 2026."), "Zapotlanejo").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("es", "El tren llegará hasta la estación de Tres Cantos el lunes."), "Tres Cantos"))
                .isNotNull();
    }
}
