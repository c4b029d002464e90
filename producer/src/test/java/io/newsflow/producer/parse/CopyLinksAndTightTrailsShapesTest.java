package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the ninety-eighth held-out round (x625-x630), each on other names and days: a copy-link box's page
 * address alone on a line, a region's letters under the byline, a footer's row of links parted by bars, a rewards
 * prompt's button, a trail printed with a tight slash and a place first, and "More Articles" over a teaser.
 */
class CopyLinksAndTightTrailsShapesTest {

    @Test
    void shouldDropThePagesAddressWhenACopyLinkBoxLeavesItAlone() {
        Article a = parse(HEADLINE + "\n\nBy Sam Hollis\n\nnews.example.org/local/2026/03/09/bridge-vote\n\nLink copied\n\n" + BODY);
        assertThat(a.getLead() + a.getBody()).doesNotContain("news.example.org");
    }

    @Test
    void shouldReadTheStandfirstNotTheRegionWhenItsLettersStandUnderTheByline() {
        Article a = parse(HEADLINE + "\n\nBy Sam Hollis\nNSW\n\nMon 9 Mar 2026 at 7:05am\n\n" + BODY);
        assertThat(a.getLead()).isNotEqualTo("NSW");
        assertThat(a.getAuthors()).containsExactly("Sam Hollis");
    }

    @Test
    void shouldReadNoWriterWhenAFootersLinksArePartedByBars() {
        Article a = parse(HEADLINE + "\n\nBy Sam Hollis\n\n" + BODY + "\n\nSUBMIT A NEWS TIP|CORRECTIONS AND CLARIFICATIONS|");
        assertThat(a.getAuthors()).containsExactly("Sam Hollis");
        assertThat(a.getLead() + a.getBody()).doesNotContainIgnoringCase("news tip");
    }

    @Test
    void shouldDropTheButtonWhenARewardsPromptClosesThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nRead 5 stories to earn points\nSpin the wheel today");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Spin the wheel", "earn points");
    }

    @Test
    void shouldReadThePlaceAsTheSectionWhenATightSlashPartsTheTrail() {
        Article a = parse("Kuala Lumpur/Courts\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Kuala Lumpur");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Courts");
    }

    @Test
    void shouldDropTheTeaserWhenMoreArticlesIntroducesIt() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMore Articles\nCity to repaint every zebra crossing by June");
        assertThat(a.getLead() + a.getBody()).doesNotContain("More Articles", "zebra crossing");
    }
}
