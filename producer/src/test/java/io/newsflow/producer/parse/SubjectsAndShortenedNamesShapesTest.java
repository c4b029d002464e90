package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixteenth held-out round (x1329-x1334), on other inputs: an email broadcast's subject
 * as its headline (ConvertKit's); an outlet's line that it is an independent news service (Cabin Radio's); a byline of
 * the masthead's name with a word left out (the Whitehorse Daily Star's).
 */
class SubjectsAndShortenedNamesShapesTest {

    @Test
    void shouldTakeABroadcastsSubjectForItsHeadline() {
        Article a = file("{\"broadcast\": {\"id\": 9182734, \"subject\": \"The ferry timetable is changing\", \"description\": \"Weekly island"
                + " bulletin, issue 212\", \"content\": \"<p>" + BODY.replace("\n\n", "</p><p>") + "</p>\", \"published_at\": "
                + "\"2026-11-28T07:00:00.000Z\"}}", "broadcast.json");
        assertThat(a.getTitle()).isEqualTo("The ferry timetable is changing");
    }

    @Test
    void shouldDropTheOutletsLineThatItIsAnIndependentNewsService() {
        Article a = parse("Harbour ferry adds winter sailings\n\n" + BODY + "\n\nKilbrannan Radio is an independent news service for the isles.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("independent news service");
    }

    @Test
    void shouldKeepTheMastheadOverABylineOfItsNameWithAWordLeftOut() {
        Article a = parse("Kilbrannan Daily Star\nNews\nSports\nEditorials\nLetters\n\nHarbour ferry adds winter sailings\n\nBy Kilbrannan Star\n"
                + "Posted Friday November 27, 2026 at 3:40 pm\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Kilbrannan Daily Star");
    }
}
