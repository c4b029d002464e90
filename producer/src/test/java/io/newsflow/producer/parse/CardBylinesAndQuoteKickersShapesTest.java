package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-second held-out round (x649-x654), each on other names and days: a Dutch "Tekst" byline,
 * a writer's card that names the outlet under the name (twice) beneath a masthead, a related link after "Read:", a
 * Danish reading-aloud button and advertisement note, and a quote as the kicker over the headline with a role and its
 * desk under the writer's name; and two of the hundred-and-fifth round (x667-x672): a paper's name with its noun in
 * lower case over the menu ("Hospodářské noviny"), and a closing list of the story's sources; and two of the
 * hundred-and-sixth round (x673-x678): a name, a slash and the writer's role, and a name over a dash and a "Star".
 */
class CardBylinesAndQuoteKickersShapesTest {

    @Test
    void shouldReadTheWriterWhenADutchBylineOpensWithTekst() {
        Article a = parse(HEADLINE + "\n\nTekst Jan de Wit\n4 maart 2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Jan de Wit");
    }

    @Test
    void shouldTakeTheOutletFromTheCardWhenItNamesItUnderTheWriterBelowAMasthead() {
        Article a = parse("COAST\nKenya\nCounties\nBusiness\nSports\nOpinion\n\nCounties\n\n" + HEADLINE
                + "\n\nThe operators say the new vessel will halve waiting times\n\n"
                + "By Amina Hassan\nCoast Media Group\nJournalist\nCoast Media Group\nMarch 04, 2026\n\n" + BODY
                + "\n\nRead: Ferry fares to rise in April");
        assertThat(a.getAuthors()).containsExactly("Amina Hassan");
        assertThat(a.getSource()).isEqualTo("Coast Media Group");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Coast Media Group", "Ferry fares", "Journalist");
    }

    @Test
    void shouldDropTheButtonAndTheNoteWhenADanishPageReadsAloudAndShowsAnAdvertisement() {
        Article a = parse(HEADLINE + "\n\nMette Lund\nJournalist\n4. mar. 2026\n\nLæs op\n\n" + BODY
                + "\n\nArtiklen fortsætter under annoncen\n\nDel artiklen");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Læs op", "annoncen");
    }

    @Test
    void shouldReadTheHeadlineAndTheWriterWhenAQuoteIsTheKickerAndARoleWithItsDeskFollowsTheName() {
        Article a = parse("Blick\nNews\nSchweiz\nAusland\nSport\n\nSchweiz > Bern\n\n«Das ist ein Rückschritt»\n" + HEADLINE
                + "\n\nDie Betreiber nennen höhere Preise als Grund.\n\nPubliziert: 04.03.2026 um 09:15 Uhr\n\n"
                + "Lukas Meier\nRedaktor Wirtschaft\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Lukas Meier");
        assertThat(a.getSource()).isEqualTo("Blick");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Redaktor");
    }

    @Test
    void shouldTakeTheMastheadWhenAPapersNameWritesItsNounInLowerCase() {
        Article a = parse("Lidové noviny\nZprávy\nByznys\nNázory\nKultura\n\nDomácí\n\n" + HEADLINE
                + "\n\nThe operators blame higher turbine prices for the pause\n\nPetra Dvořáková\n4. 3. 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Lidové noviny");
    }

    @Test
    void shouldKeepTheMastheadAndDropTheLineWhenTheStoryListsItsSources() {
        Article a = parse("Helsinki Times\nHome\nDomestic\nBusiness\nPolitics\n\nDomestic\n\n" + HEADLINE + "\n\nHT\n04.03.2026\n\n"
                + BODY + "\n\nSource: Aamulehti, Yle");
        assertThat(a.getSource()).isEqualTo("Helsinki Times");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Aamulehti");
    }

    @Test
    void shouldReadTheWriterWhenASlashPartsTheNameFromTheRole() {
        Article a = parse(HEADLINE + "\n\nPublished: Wednesday | March 4, 2026 | 12:10 AM\n\nMarsha Campbell/Senior Gleaner Writer\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Marsha Campbell");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Senior Gleaner Writer");
    }

    @Test
    void shouldTakeTheOutletWhenADashPartsTheWriterFromAStar() {
        Article a = parse("Nation\n\n" + HEADLINE + "\n\nJose Reyes - The Manila Star\nMarch 4, 2026 | 12:00am\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Jose Reyes");
        assertThat(a.getSource()).isEqualTo("The Manila Star");
    }
}
