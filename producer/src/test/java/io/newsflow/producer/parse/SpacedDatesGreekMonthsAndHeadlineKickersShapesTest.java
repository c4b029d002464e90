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
 * Shapes met in the seventy-seventh held-out round (x499-x504), each on other names: a numeric date with spaces after its
 * full stops, Latvian's year-first date and Greek months, Slovene and Baltic byline labels, share buttons and comment
 * counters in those languages, a kicker inside the headline's {@code h1}, and a JSON API's {@code body_text} and
 * {@code published_date}.
 */
class SpacedDatesGreekMonthsAndHeadlineKickersShapesTest {

    @Test
    void shouldDateTheStoryWhenTheNumericDateHasSpacesAfterItsFullStops() {
        assertThat(parse(HEADLINE + "\n\nPublikované: 14. 3. 2025 | 10:20\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-14T10:20:00Z"));
    }

    @Test
    void shouldDateTheStoryWhenTheDateIsLatvianOrGreek() {
        assertThat(parse(HEADLINE + "\n\n2025. gada 14. marts, 09:00\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-14T09:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n5 Μαρτίου 2025, 18:40\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-05T18:40:00Z"));
    }

    @Test
    void shouldReadTheWriterWhenTheLabelIsSloveneOrBaltic() {
        assertThat(parse(HEADLINE + "\n\nAvtorica: Ana Novak\n\n" + BODY).getAuthors()).containsExactly("Ana Novak");
        assertThat(parse(HEADLINE + "\n\nAutors: Jānis Kalniņš\n\n" + BODY).getAuthors()).containsExactly("Jānis Kalniņš");
    }

    @Test
    void shouldDropShareButtonsAndCommentCountersWhenTheyCloseThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nDalīties\nKomentarji (3)\nΔιαβάστε επίσης");
        assertThat(allText(a)).doesNotContain("Dalīties", "Komentarji", "Διαβάστε");
    }

    @Test
    void shouldLeaveTheKickerOutWhenItStandsInsideTheHeadline() {
        String page = "<html><body><article><h1><span class=\"eyebrow\">Live</span> " + HEADLINE + "</h1><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        assertThat(parseOne(page, "page.html").getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldReadTheBodyAndDateWhenAnApiNamesThemBodyTextAndPublishedDate() {
        String json = "{\"headline\": \"" + HEADLINE + "\", \"published_date\": \"Wed, 05 Mar 2025 08:15:00 GMT\", "
                + "\"body_text\": \"" + BODY.replace("\n\n", "\\n\\n") + "\"}";
        Article a = parseOne(json, "item.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T08:15:00Z"));
    }
}
