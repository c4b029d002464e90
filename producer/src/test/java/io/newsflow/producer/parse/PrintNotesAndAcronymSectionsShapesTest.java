package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.producer.parse.text.ArticleTypes;

/**
 * Shapes met in the ninety-ninth held-out round (x631-x636), each on other names and days: a writer's address and a
 * print-edition note closing the story (no date of publication), a writer's role and outlet on a line of their own with
 * the reading time under it, a paywall's reminder and an error report's prompt, and a shouted three-letter section.
 */
class PrintNotesAndAcronymSectionsShapesTest {

    @Test
    void shouldDropTheAddressAndPrintNoteWhenAStoryClosesWithThem() {
        Article a = parse(HEADLINE + "\n\nBy Dana Morrow\nUpdated March 9, 2026 4:10 pm ET\n\n" + BODY
                + "\n\nWrite to Dana Morrow at dana.morrow@example.com\n\nAppeared in the March 10, 2026, print edition as 'Bridge Vote'.");
        assertThat(a.getAuthors()).containsExactly("Dana Morrow");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Write to", "print edition");
        assertThat(a.getPublishedAt()).isNull();
    }

    @Test
    void shouldGiveNoDateWhenOnlyAPrintNoteNamesADay() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nA version of this article appears in print on March 10, 2026, Section B,"
                + " Page 3 of the New York edition with the headline: Bridge Vote.");
        assertThat(a.getPublishedAt()).isNull();
    }

    @Test
    void shouldReadTheStandfirstWhenTheWritersRoleAndReadingTimeStandOnLinesOfTheirOwn() {
        Article a = parse(HEADLINE + "\n\nBy Sam Hollis\nCourts reporter·Harbour Herald·\n2 Mar, 2026 05:00 AM\n4 mins to read\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Sam Hollis");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Courts reporter", "mins to read");
    }

    @Test
    void shouldDropThePromptsWhenAPaywallOrAnErrorReportClosesThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nReminder, this is a Plus story and requires a subscription to read.\n\n"
                + "Fehler gefunden? Jetzt melden.");
        assertThat(a.getLead() + a.getBody()).doesNotContain("subscription", "Fehler");
    }

    @Test
    void shouldKeepTheAcronymWhenAShoutedSectionHasThreeLetters() {
        assertThat(ArticleTypes.sectionCase("UAE")).isEqualTo("UAE");
        assertThat(ArticleTypes.sectionCase("NHS")).isEqualTo("NHS");
        assertThat(ArticleTypes.sectionCase("WORLD NEWS")).isEqualTo("World news");
        assertThat(ArticleTypes.sectionCase("SPORT")).isEqualTo("Sport");
    }
}
