package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.producer.parse.text.NameCase;

/**
 * Shapes met in the forty-fifth held-out round (x307-x312), each on other names: a logo's link text
 * naming the site, the page's first line over a trail of crumbs in its own block, a one-word masthead
 * in capitals, paywalls' lines with their pitch, and a photo's caption toggle.
 */
class LogoLinksAndTrailBlocksShapesTest {

    @Test
    void shouldReadTheSiteWhenTheLogosLinkTextNamesIt() {
        Article a = parse("Skip to main content\nSign in\nThe Harbour Post - Back to home\n\n" + HEADLINE + "\n\nBy Dana Ortiz\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harbour Post");
        assertThat(allText(a)).doesNotContain("Back to home");
    }

    @Test
    void shouldReadTheMastheadAndTheFirstCrumbWhenTheFirstLineStandsOverATrailBlock() {
        Article a = parse("Hamburger Abendblatt\n\nWirtschaft\nHafen\n\n" + HEADLINE + "\n\nVon Jan Weber\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Hamburger Abendblatt");
        assertThat(a.getSection()).isEqualTo("Wirtschaft");
        Article shouted = parse("EXPRESSO\n\nSociedade\nSaúde\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(shouted.getSource()).isEqualTo("Expresso");
        assertThat(shouted.getSection()).isEqualTo("Sociedade");
        // a place over a trail is the trail's first crumb, not a site
        assertThat(parse("Scotland\n\nPolitics\nHolyrood\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldKeepAnAcronymAndRecaseAWordWhenAOneWordMastheadIsShouted() {
        assertThat(NameCase.outlet("PÚBLICO")).isEqualTo("Público");
        assertThat(NameCase.outlet("RTBF")).isEqualTo("RTBF");
        assertThat(NameCase.outlet("NPR")).isEqualTo("NPR");
    }

    @Test
    void shouldDropThePaywallsLinesAndTheCaptionToggleWhenTheyCloseOrInterruptTheText() {
        Article a = parse(HEADLINE + "\n\nBildbeschreibung einblenden\n\n" + BODY
                + "\n\nCet article est réservé aux abonnés. Il vous reste 70% à découvrir.\n\n"
                + "Este artigo é exclusivo para assinantes. Assine já e tenha acesso ilimitado.\n\n"
                + "Subscribe to our newsletter for daily updates.");
        assertThat(allText(a)).doesNotContain("Bildbeschreibung").doesNotContain("abonnés").doesNotContain("assinantes")
                .doesNotContain("newsletter");
    }
}
