package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-tenth held-out round (x2493-x2498), the press of French Polynesia, Réunion and
 * Mayotte: the site's address or name before the stamp with a spaced slash ("www.ipreunion.com / Publié le ...", and
 * x194's "Philippine Daily Inquirer / 05:20 AM ..."), a link to all the stories of the section ("Tous les articles de la
 * rubrique Économie") and the related label "Dans la même rubrique".
 */
class FrenchOverseasPressShapesTest {
    private static final String STORY = "Le taux de chômage à La Réunion est passé sous la barre des 17 % au troisième trimestre.\n\n"
            + "Le chômage des jeunes reste cependant supérieur à 35 %.\n\n";

    @Test
    void shouldReadAStampAfterTheSitesAddressOrNameAndASpacedSlash() {
        Article a = parse("Chômage : La Réunion passe sous la barre des 17 %\nwww.ipreunion.com / Publié le lundi 7 décembre 2026 à 09:12\n\n" + STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T09:12:00Z"));
        assertThat(allText(a)).doesNotContain("Publié");
        Article named = parse("Chômage : La Réunion passe sous la barre des 17 %\nPhilippine Daily Inquirer / 05:20 AM November 29, 2025\n\n" + STORY);
        assertThat(named.getSource()).isEqualTo("Philippine Daily Inquirer");
    }

    @Test
    void shouldDropALinkToTheSectionsStoriesAndTheSameSectionsHeadlines() {
        Article a = parse("Chômage : La Réunion passe sous la barre des 17 %\nLa rédaction\n07/12/2026\n\n" + STORY
                + "Tous les articles de la rubrique Économie\n\nDans la même rubrique :\nAir Austral renforce sa desserte vers Maurice\n");
        assertThat(allText(a)).contains("supérieur à 35 %").doesNotContain("Tous les articles", "même rubrique", "Air Austral");
    }
}
