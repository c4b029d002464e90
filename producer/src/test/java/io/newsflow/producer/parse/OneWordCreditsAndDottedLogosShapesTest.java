package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Two shapes left open by the ninety-fifth held-out round (x607-x612), each on other names: an outlet's one-word name
 * alone after "By" under the headline ("By Euronews", which had become the section or the lead), and a lower-case logo
 * closed by a full stop alone at the top of the page ("euronews.", which had become the headline).
 */
class OneWordCreditsAndDottedLogosShapesTest {

    @Test
    void shouldReadTheOutletWhenItsOneWordNameFollowsByUnderTheHeadline() {
        Article a = parse(HEADLINE + "\n\nBy Mediahaven\nPublished on 02/12/2026 - 11:42 GMT+1\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Mediahaven");
        assertThat(a.getSection()).isNull();
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadTheOutletNotTheLeadWhenAFrenchOneWordCreditStandsAlone() {
        Article a = parse(HEADLINE + "\n\nPar Lestrade\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Lestrade");
        assertThat(a.getLead()).doesNotContain("Lestrade");
    }

    @Test
    void shouldKeepNoOutletWhenTheOneWordIsABlogsSignature() {
        Article a = parse(HEADLINE + "\n\nBy Admin\n\n" + BODY);
        assertThat(a.getSource()).isNotEqualTo("Admin");
        assertThat(parse(HEADLINE + "\n\nBy Staff\n\n" + BODY).getSource()).isNull(); // a newsroom's name: the byline reader's
    }

    @Test
    void shouldReadTheLogoNotTheHeadlineWhenALowerCaseNameWithAFullStopOpensThePage() {
        Article a = parse("tidewire.\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualToIgnoringCase("tidewire");
    }
}
