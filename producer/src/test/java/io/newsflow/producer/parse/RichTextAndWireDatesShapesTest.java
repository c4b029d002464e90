package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the sixty-eighth held-out round (x445-x450), each on other names: a headless CMS's rich-text document
 * (Contentful) with its linked author, a wire's dateline dated by the page's copyright year, a section written with an
 * abbreviation's dots, and an update stamp that gives only a time.
 */
class RichTextAndWireDatesShapesTest {

    @Test
    void shouldReadTheBodyAndAuthorWhenAContentfulEntryHoldsRichText() {
        String json = "{\"sys\": {\"id\": \"a1\"}, \"fields\": {\"title\": \"" + HEADLINE + "\", \"author\": {\"sys\": {\"id\": \"b2\"},"
                + " \"fields\": {\"name\": \"Moana Tipene\"}}, \"body\": {\"nodeType\": \"document\", \"content\": ["
                + "{\"nodeType\": \"paragraph\", \"content\": [{\"nodeType\": \"text\", \"value\": \"The harbour board met on Monday. \"},"
                + " {\"nodeType\": \"hyperlink\", \"content\": [{\"nodeType\": \"text\", \"value\": \"Its report\"}]},"
                + " {\"nodeType\": \"text\", \"value\": \" was published the same day.\"}]},"
                + "{\"nodeType\": \"heading-3\", \"content\": [{\"nodeType\": \"text\", \"value\": \"What comes next\"}]},"
                + "{\"nodeType\": \"unordered-list\", \"content\": [{\"nodeType\": \"list-item\", \"content\": [{\"nodeType\": \"paragraph\","
                + " \"content\": [{\"nodeType\": \"text\", \"value\": \"A public hearing in March.\"}]}]}]}]}}}";
        Article a = parseOne(json, "entry.json");
        assertThat(a.getAuthors()).containsExactly("Moana Tipene");
        assertThat(a.getBody()).extracting(b -> b.getKind() + ":" + b.getText()).containsExactly(
                "PARAGRAPH:The harbour board met on Monday. Its report was published the same day.", "HEADING:What comes next",
                "PARAGRAPH:A public hearing in March.");
    }

    @Test
    void shouldDateTheStoryWhenTheDatelineNamesTheDayAndTheCopyrightTheYear() {
        Article a = parse(HEADLINE + "\n\nCHICAGO, March 4 (UPI) -- " + BODY + "\n\nCopyright 2024 United Press International, Inc."
                + " All Rights Reserved.");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
        Article undated = parse(HEADLINE + "\n\nCHICAGO, March 4 (UPI) -- " + BODY);
        assertThat(undated.getPublishedAt()).isNull();
    }

    @Test
    void shouldReadTheSectionWhenItIsWrittenWithAnAbbreviationsDots() {
        assertThat(parse("U.K. News\n\n" + HEADLINE + "\n\n" + BODY).getSection()).isEqualTo("U.K. News");
    }

    @Test
    void shouldLeaveTheUpdatesTimeOutWhenTheStampGivesNoDate() {
        Article a = parse(HEADLINE + "\n\n1. dec. 2025 kl. 09.10\nOppdatert kl. 11.45\n\n" + BODY);
        assertThat(allText(a)).doesNotContain("Oppdatert");
    }
}
