package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the swimming pools held-out set (h684-h689) found missing or wrong, each tried on other names: English towns
 * named with a small word ("upon", "on", "with"), German districts, spa towns and bodies with a field after "für",
 * Dutch names opened by "De", a French town in a title that the text names only as a body's seat, French plurals of a
 * town's people, Portuguese schools named for a person and a district's pool.
 */
class SwimmingPoolsEntityTest {

    @Test
    void shouldKeepAnEnglishTownWhenItsNameJoinsARiverWithOnOrUpon() {
        List<Entity> found = entities("en", "The club moved its training to Burton upon Trent last year.",
                "Families from Sunbury on Thames joined them.", "Newcastle upon Tyne Hospitals NHS Foundation Trust agreed.");
        assertType(found, "Burton upon Trent", EntityType.LOCATION);
        assertType(found, "Sunbury on Thames", EntityType.LOCATION);
        assertType(found, "Newcastle upon Tyne Hospitals NHS Foundation Trust", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Trent", "Thames", "Tyne");
    }

    @Test
    void shouldKeepABoroughOfTwoTownsWhenWithJoinsThemBeforeTheCouncil() {
        List<Entity> found = entities("en", "Redcar with Saltburn Borough Council approved the plan on Monday.",
                "Critics in Saltburn said the cost was too high.");
        assertType(found, "Redcar with Saltburn Borough Council", EntityType.ORGANIZATION);
        assertType(found, "Saltburn", EntityType.LOCATION);
    }

    @Test
    void shouldReadAGermanDistrictAsABodyWhenItActsAndAsAPlaceAfterIm() {
        List<Entity> found = entities("de", "Der Landkreis Ammerland zahlt die Busse für die Schulen.",
                "Viele Familien wohnen im Landkreis Wesermarsch.");
        assertType(found, "Landkreis Ammerland", EntityType.ORGANIZATION);
        assertType(found, "Wesermarsch", EntityType.LOCATION);
    }

    @Test
    void shouldKeepAGermanSpaTownAndANeighbouringTownWhenNoOtherCueTypesThem() {
        List<Entity> found = entities("de", "Die Kurse ziehen nach Bad Oeynhausen um.", "Auch die Nachbarstadt Herford hilft aus.");
        assertType(found, "Bad Oeynhausen", EntityType.LOCATION);
        assertType(found, "Herford", EntityType.LOCATION);
    }

    @Test
    void shouldNameAGermanBodyWithItsFieldInTheNominativeWhenTheSentenceDeclinesIt() {
        List<Entity> found = entities("de", "Ein Sprecher der Deutschen Gesellschaft für Ernährung widersprach.",
                "Die Werte des Landesamts für Denkmalpflege sind neu.", "Laut dem Leiter des Bundesamtes für Strahlenschutz steigen sie.");
        assertType(found, "Deutsche Gesellschaft für Ernährung", EntityType.ORGANIZATION);
        assertType(found, "Landesamt für Denkmalpflege", EntityType.ORGANIZATION);
        assertType(found, "Bundesamt für Strahlenschutz", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Ernährung", "Strahlenschutz");
        // some centre of that kind is no name
        assertThat(names(entities("de", "Die Stadt will ein Forschungszentrum für Robotik bauen."))).isEmpty();
    }

    @Test
    void shouldKeepTheDutchArticleWhenItOpensANameInsideASentence() {
        List<Entity> found = entities("nl", "Zwemclub De Dolfijn uit Zwolle traint voortaan in Kampen.",
                "Volgens De Stentor is dat duurder.");
        assertThat(names(found)).contains("De Dolfijn", "De Stentor").doesNotContain("Dolfijn", "Stentor");
    }

    @Test
    void shouldNameTheTownOfATitleWhenTheTextNamesItOnlyAsABodysSeat() {
        List<Entity> found = extractIn("Tourcoing ferme une piscine", "fr",
                "La Ville de Tourcoing ferme la piscine pour travaux.", "Il faut former de jeunes Tourquennois et Wattrelosiens.");
        assertType(found, "Tourcoing", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Wattrelosiens");
    }

    @Test
    void shouldKeepAPortugueseSchoolWhenItIsNamedForAPerson() {
        List<Entity> found = entities("pt", "Os alunos da Escola Secundária Dr. Manuel Laranjeira vão à piscina de Espinho.",
                "O Agrupamento de Escolas de Valongo também.");
        assertType(found, "Escola Secundária Dr. Manuel Laranjeira", EntityType.ORGANIZATION);
        assertType(found, "Agrupamento de Escolas de Valongo", EntityType.ORGANIZATION);
        assertType(found, "Espinho", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Manuel Laranjeira");
    }
}
