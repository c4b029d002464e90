package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-first held-out set (h546-h551: Chicago's school budget, Lille's teaching posts, Bavaria's teachers,
 * Italy's school-leaving exam, Poland's homework rule, Amsterdam's teachers' strike) guided, each tried on other names:
 * a French education authority, a lower-case ministry's adjective, a Romance complement's preposed adjective, an acronym
 * opening a hyphenated body, Dutch and German appositions naming an association, city districts by a compass point.
 */
class SchoolsBodiesAndAcronymCompoundsEntityTest {

    @Test
    void shouldNameTheBodyWhenAFrenchEducationAuthorityStandsInLowerCaseBeforeItsTown() {
        assertType(entities("fr", "Le rectorat de Bordeaux a annoncé la fermeture de douze classes."), "rectorat de Bordeaux",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepTheMinistrysAdjectiveWhenItFollowsThePortfolioInLowerCase() {
        assertType(entities("fr", "Selon le ministère de l'Enseignement supérieur, les inscriptions augmentent."),
                "ministère de l'Enseignement supérieur", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepTheComplementWhoseAdjectiveStandsBeforeItsNoun() {
        assertType(entities("it", "Il parere del Consiglio superiore della pubblica amministrazione arriverà a marzo."),
                "Consiglio superiore della pubblica amministrazione", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheBodyWhenAnAcronymOpensAHyphenatedName() {
        assertType(entities("nl", "Volgens de MBO-Raad is het plan te laat."), "MBO-Raad", EntityType.ORGANIZATION);
        assertType(entities("nl", "Het advies komt van de VO-Raad, de vereniging van middelbare scholen."), "VO-Raad",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheStateParliamentAndTheDistrictWhenGermanNamesThemAlone() {
        assertThat(names(entities("de", "Der Landtag hat das Gesetz beschlossen. In Niederbayern fehlen Ärzte.")))
                .contains("Landtag", "Niederbayern");
    }

    @Test
    void shouldReadThePlaceWhenACitysDistrictIsNamedByACompassPoint() {
        assertType(entities("en", "She grew up on the Upper West Side before moving to Boston."), "Upper West Side",
                EntityType.LOCATION);
    }
}
