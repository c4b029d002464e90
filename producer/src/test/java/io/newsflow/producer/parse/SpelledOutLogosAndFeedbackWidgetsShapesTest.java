package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twenty-first held-out round (x763-x768), on other pages: an initials logo spelled out
 * on the next line ("SZ" / "Sächsische Zeitung"), a two-digit year between middle dots beside the writer's town and a
 * clock ("Oviedo | 03·12·26 | 18:40"), a feedback widget closing the text ("Was this article helpful?", "Yes", "No"),
 * and a German related-links label and paywall prompt ("Lesen Sie mehr", "Jetzt Abo abschließen").
 */
class SpelledOutLogosAndFeedbackWidgetsShapesTest {

    @Test
    void shouldNameTheSiteByItsFullNameWhenTheNextLineSpellsOutItsInitials() {
        Article a = parse("SZ\nSächsische Zeitung\nDresden\nSport\nAnmelden\n\nDresden\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Sächsische Zeitung");
    }

    @Test
    void shouldReadTheDateWhenMiddleDotsPartAShortYearBesideAClock() {
        Article a = parse(HEADLINE + "\n\nPablo MENÉNDEZ\nOviedo | 03·12·26 | 18:40\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-03T18:40:00Z"));
        assertThat(allText(a)).doesNotContain("03·12·26");
    }

    @Test
    void shouldDropAFeedbackWidgetWhenItClosesTheText() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWas this article helpful?\nYes\nNo");
        assertThat(allText(a)).doesNotContain("helpful").doesNotEndWith("Yes").doesNotEndWith("No");
    }

    @Test
    void shouldDropGermanRelatedLinksAndPaywallPromptWhenTheyCloseTheText() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nLesen Sie mehr\nNeue Radwege am Rheinufer\n\n"
                + "Jetzt Abo abschließen und weiterlesen");
        assertThat(allText(a)).doesNotContain("Lesen Sie mehr").doesNotContain("Radwege").doesNotContain("Abo");
    }
}
