package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eleventh held-out round (x703-x708: two pages in the shared samples' shapes, Le Figaro,
 * El País, Dawn, an Aftonbladet feed), each on other names: a trail's home crumb and section scraped without their
 * separator, and a French paper's "La rédaction vous conseille" over other stories.
 */
class SeparatorlessTrailsShapesTest {

    @Test
    void shouldReadTheSectionWhenTheHomeCrumbAndTheSectionShareALineWithoutASeparator() {
        for (String[] trail : new String[][] {{"Startseite Wirtschaft", "Wirtschaft"}, {"Accueil Sport", "Sport"}}) {
            Article a = parse("Le Quotidien\nActualité\nPolitique\nÉconomie\nSport\n\n" + trail[0] + "\n\n" + HEADLINE
                    + "\n\nPar Paul Martin\n\n" + BODY);
            assertThat(a.getSection()).as(trail[0]).hasToString(trail[1]);
        }
    }

    @Test
    void shouldDropTheRecommendedStoriesWhenAFrenchNewsroomRecommendsThem() {
        Article a = parse(HEADLINE + "\n\nPar Paul Martin\n\n" + BODY
                + "\n\nLa rédaction vous conseille\nTrains de nuit : la ligne Paris-Berlin suspendue");
        assertThat(a.getLead() + a.getBody()).doesNotContain("vous conseille", "Trains de nuit");
    }
}
