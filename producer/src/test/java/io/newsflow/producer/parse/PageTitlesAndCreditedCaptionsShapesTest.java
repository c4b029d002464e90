package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundredth held-out round (x637-x642), each on other names and days: the page's title at its top
 * ("Name | Israel News"), a caption closed by its credit and a box to follow the story's topics, a labelled credit and
 * its caption between the standfirst and the byline with the writer's town under the name, a trail's subsection that
 * names no outlet, "Weiterlesen" over a related headline, and a comment box's house rules and a plea for support; and
 * one of the hundred-and-first round (x643-x648, in the shapes of the shared samples): a label and the outlet parted by a
 * spaced dash over the headline ("Analysis — GridWatch").
 */
class PageTitlesAndCreditedCaptionsShapesTest {

    @Test
    void shouldTakeTheSiteFromThePageTitleWhenANameAndAListedSectionShareTheTopLine() {
        Article a = parse("Falter | Austria News\nSubscribe\nLog in\n\nAustria News\nWorld News\nOpinion\nSport\n\nAustria News\n\n"
                + HEADLINE + "\n\nThe operators blame higher turbine prices and interest rates for the delay\n\nLena Moser\n"
                + "Mar 4, 2026 10:42 am CET\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Falter");
        assertThat(a.getSection()).isEqualTo("Austria News");
        assertThat(a.getAuthors()).containsExactly("Lena Moser");
    }

    @Test
    void shouldDropTheCaptionAndTheTopicsWhenACreditClosesOneAndAFollowBoxListsTheOther() {
        Article a = parse(HEADLINE + "\n\nBy Lena Moser\nMarch 4, 2026\n\n"
                + "Commuters wait for a ferry during the closure, last week. Credit: Maya Stein\n\n" + BODY
                + "\n\nClick the alert icon to follow topics:\nBridges\nTransportation\n\nComments");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Maya Stein", "ferry", "follow topics", "Bridges");
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldReadTheBylineWhenALabelledCreditAndItsCaptionStandBetweenTheStandfirstAndTheName() {
        Article a = parse("Le Courrier\nPolitique\nSociété\nÉconomie\nCulture\nMonde\n\nÉconomie | Énergie\n\nHydro-Québec relèvera ses tarifs de 3 % en avril\n\n"
                + "La société d’État invoque la hausse de ses coûts d’achat d’électricité\n\n"
                + "Photo: Marie Lavoie Archives\nLe barrage Daniel-Johnson, sur la Manicouagan, en septembre.\n\n"
                + "Julien Gagnon\nà Montréal\n4 mars 2026\n\n"
                + "Hydro-Québec a annoncé mercredi une hausse de ses tarifs résidentiels de 3 % à compter du 1er avril.\n\n"
                + "La société d’État affirme que ses coûts d’achat ont augmenté de 6 % en un an.");
        assertThat(a.getAuthors()).containsExactly("Julien Gagnon");
        assertThat(a.getSource()).isEqualTo("Le Courrier");
        assertThat(a.getSection()).isEqualTo("Économie");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Manicouagan", "à Montréal", "Marie Lavoie");
    }

    @Test
    void shouldDropTheRelatedHeadlineWhenWeiterlesenClosesThePage() {
        Article a = parse(HEADLINE + "\n\nVon Lena Moser\n4. März 2026, 09:12\n\n" + BODY
                + "\n\nWeiterlesen\nStadt plant neue Radwege am Ring");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Radwege", "Weiterlesen");
    }

    @Test
    void shouldDropTheHouseRulesAndPleasWhenACommentBoxAndASupportBoxClosePage() {
        Article a = parse(HEADLINE + "\n\nBy Lena Moser\nMarch 4, 2026\n\n" + BODY
                + "\n\nIndependent journalism costs money. Support The Courier for the price of a coffee.\n\n"
                + "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive language"
                + " will be removed.\n\nÀ voir en vidéo");
        assertThat(a.getLead() + a.getBody()).doesNotContain("journalism costs", "moderated", "vidéo");
    }

    @Test
    void shouldReadTheLabelAndTheOutletWhenASpacedDashPartsThemOverTheHeadline() {
        Article a = parse("Opinion — Harbour Review\nPorts Need Rail Links More Than New Berths\n\n\n"
                + "The case for a third terminal rests on traffic forecasts that ignore the trucks queueing outside the gates   \n"
                + "Kenji WATANABE, Harbour Review: Anyone who has waited at the gates knows the port lacks roads, not berths."
                + " The operators counted more than 3,000 trucks on the access roads on a single day.");
        assertThat(a.getTitle()).isEqualTo("Ports Need Rail Links More Than New Berths");
        assertThat(a.getSection()).isEqualTo("Opinion");
        assertThat(a.getArticleType()).hasToString("OPINION");
        assertThat(a.getSource()).isEqualTo("Harbour Review");
        assertThat(a.getAuthors()).containsExactly("Kenji Watanabe");
    }
}
