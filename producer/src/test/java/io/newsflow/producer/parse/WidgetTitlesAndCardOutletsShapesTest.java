package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-third held-out round (x655-x660), each on other names and days: a widget's line right
 * over the headline that its trail repeats, with the outlet's name closing the text; an editor's note whose writer
 * carries an apposition before "wrote"; a card naming the outlet as the page's first line does, with a picture's credit
 * and a plea for donations; a newsroom's desk signing the story ("Redacción Deportes"); and two of the hundred-and-fourth
 * round (x661-x666): "Related topic" over a tag list, and a paywall's plea opening with "Vous avez aimé cet article ?".
 */
class WidgetTitlesAndCardOutletsShapesTest {

    @Test
    void shouldReadTheHeadlineWhenAWidgetsLineStandsRightOverItAndItsTrailRepeatsIt() {
        Article a = parse(" date 2025-06-04 + ↺ − 16 px\n" + HEADLINE + "\n\nHome / Energy / " + HEADLINE
                + "\nThe operators blame higher turbine prices and interest rates for the pause   \n"
                + "Ingrid NILSEN, Coastal Energy Review: The developers said on Tuesday that they would pause work.\n\n"
                + BODY + "\n\nCoastal Energy Review");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ingrid Nilsen");
        assertThat(a.getSource()).isEqualTo("Coastal Energy Review");
    }

    @Test
    void shouldReadTheWriterWhenAnEditorsNoteGivesAnAppositionBeforeWrote() {
        Article a = parse(HEADLINE + "\n\nEditor's note: Prof. Tomas Varga, an economist at Corvinus University,"
                + " wrote this piece for Danube Ledger. The views expressed are his own.\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Tomas Varga");
        assertThat(a.getSource()).isEqualTo("Danube Ledger");
    }

    @Test
    void shouldTakeTheOutletWhenTheCardNamesItAsThePagesFirstLineDoes() {
        Article a = parse("Letters from Lviv\nPolitics\nSociety\nEconomy\nCulture\n\nEconomy\n\n" + HEADLINE
                + "\n\nThe operators blame higher turbine prices for the pause\n\nMarch 4, 2026\nOlena Koval\nLetters from Lviv\n\n"
                + BODY + "\n\nMain image credit: Port of Odesa (press materials)\n\nLetters from Lviv is run by a small team"
                + " and published by a foundation that is funded through donations from our readers.");
        assertThat(a.getAuthors()).containsExactly("Olena Koval");
        assertThat(a.getSource()).isEqualTo("Letters from Lviv");
        assertThat(a.getLead() + a.getBody()).doesNotContain("image credit", "donations");
    }

    @Test
    void shouldKeepTheMastheadWhenANewsroomsDeskSignsTheStory() {
        Article a = parse("EL FARO\nNación\nMundo\nDeportes\nOpinión\n\nDeportes\n\n"
                + "El estadio de la ciudad tendrá cubierta nueva antes del Mundial\n\n"
                + "La alcaldía adjudicó la obra por 40 millones\n\nRedacción Deportes\n14/3/2026\n\n"
                + "La alcaldía adjudicó el martes la cubierta del estadio.\n\nLas obras empezarán en abril.");
        assertThat(a.getSource()).isEqualTo("El Faro");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldDropTheTagsAndReadNoWriterWhenRelatedTopicClosesThePage() {
        Article a = parse(HEADLINE + "\n\nStaff Correspondent\nWed Mar 4, 2026 09:15 PM\n\n" + BODY
                + "\n\nRelated topic\nJamuna Bridge\nRailway");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getLead() + a.getBody()).doesNotContain("Jamuna", "Related topic");
    }

    @Test
    void shouldDropThePleaWhenAPaywallAsksWhetherTheReaderLikedTheArticle() {
        Article a = parse(HEADLINE + "\n\nPar Claire Morel\n\n" + BODY
                + "\n\nVous avez aimé cet article ? Abonnez-vous pour lire tous nos contenus.");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Abonnez-vous");
    }
}
