package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the fortieth held-out round (x277-x282), each on other names: "read on" and "listen"
 * buttons in other languages, a newsletter box inside the story, a page whose only date is its date
 * element, a newsroom's sign-off naming its outlet, and a list of links closing the page.
 */
class ReadOnButtonsAndDeskSignOffsShapesTest {

    @Test
    void shouldDropReadOnAndListenButtonsWhenAPageHasThemInItsLanguage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWeiterlesen\n\nLyssna på artikeln\n\nLire la suite\n\nThe review took two years.");
        assertThat(allText(a)).doesNotContain("Weiterlesen").doesNotContain("Lyssna").doesNotContain("Lire la suite")
                .contains("The review took two years.");
    }

    @Test
    void shouldDropANewsletterBoxWhenItStandsInsideTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nSign up for Harbour Briefing\n\n"
                + "The week's port stories in your inbox every Friday.\n\nThe review took two years.");
        assertThat(allText(a)).doesNotContain("Sign up").doesNotContain("inbox").contains("The review took two years.");
    }

    @Test
    void shouldReadTheDateElementWhenAPageHasNoDateMetadata() {
        String story = "<p>" + BODY.replace("\n\n", "</p><p>") + " The board meets again in March to approve the budget.</p>";
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><h1>" + HEADLINE + "</h1>"
                + "<p class=\"story-date\">Published Nov. 28, 2025 9 AM ET</p><article>" + story + "</article></body></html>", "page.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-28T00:00:00Z"));
    }

    @Test
    void shouldReadTheOutletAndNoWriterWhenANewsroomSignsOffAndLinksClose() {
        Article a = parse("Wirtschaft\n\n" + HEADLINE + "\n\n" + BODY + "\n\nred, tirol.example/Agenturen\n\nLinks:\nHafen Wien\nStadler Rail");
        assertThat(a.getSource()).isEqualTo("tirol.example");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("red,").doesNotContain("Links").doesNotContain("Stadler");
    }
}
