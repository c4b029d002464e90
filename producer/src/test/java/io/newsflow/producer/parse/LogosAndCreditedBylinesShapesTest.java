package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the ninety-fifth held-out round (x607-x612), each on other names and days: a shouted logo or one in
 * lower case over a site's menu, a German writer's role compound under the byline, an outlet or a writer credited
 * "with" an agency, a writer's name run into the outlet's, and an audio widget's announcement.
 */
class LogosAndCreditedBylinesShapesTest {

    @Test
    void shouldReadTheSiteWhenAShoutedLogoHeadsAMenuInNaturalCase() {
        Article a = parse("KURIER\nPolitik\nWirtschaft\nSport\nKultur\nReise\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Kurier"); // (five letters or more and two vowels: a word, in natural case)
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldReadTheHeadlineWhenALowerCaseLogoHeadsTheMenu() {
        Article a = parse("harbourwire.\nEurope\nWorld\nBusiness\nClimate\nTravel\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getLead() + a.getBody()).doesNotContain("harbourwire", "Europe");
    }

    @Test
    void shouldDropTheWritersRoleWhenGermanCompoundsItUnderTheByline() {
        Article a = parse(HEADLINE + "\n\nVon Katrin Albers\nWirtschaftskorrespondentin\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Katrin Albers");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Wirtschaftskorrespondentin");
    }

    @Test
    void shouldReadTheOutletOrTheWriterWhenABylineCreditsAnAgencyToo() {
        Article outlet = parse(HEADLINE + "\n\nBy Harbour Radio with AFP\n\n" + BODY);
        assertThat(outlet.getSource()).isEqualTo("Harbour Radio");
        assertThat(outlet.getAuthors()).isEmpty();
        Article writer = parse(HEADLINE + "\n\nBy Maria Lopez with AP\n\n" + BODY);
        assertThat(writer.getAuthors()).containsExactly("Maria Lopez");
        assertThat(writer.getSource()).isNull();
    }

    @Test
    void shouldPartTheWriterFromTheOutletWhenTheBylineRunsThemTogether() {
        Article a = parse(HEADLINE + "\n\nBy Dana Whitfield Coast News\nPublished March 9, 2026 9:45am EST\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Dana Whitfield");
        assertThat(a.getSource()).isEqualTo("Coast News");
    }

    @Test
    void shouldDropAnAudioWidgetsAnnouncementWhenItOpensTheText() {
        Article a = parse(HEADLINE + "\n\nNEW You can now listen to Coast News articles!\n\n" + BODY);
        assertThat(a.getLead() + a.getBody()).doesNotContain("listen");
    }
}
