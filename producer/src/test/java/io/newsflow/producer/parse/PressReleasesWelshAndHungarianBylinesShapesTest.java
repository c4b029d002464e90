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
 * Shapes met in the seventy-eighth held-out round (x505-x510), each on other names: Hungarian and Welsh bylines, Welsh
 * months, a PDF's page numbers, a release's issuer over its label, a short name over a lone news root, and comment
 * counters and share buttons in Hungarian and Welsh.
 */
class PressReleasesWelshAndHungarianBylinesShapesTest {

    @Test
    void shouldReadTheWriterWhenTheBylineIsHungarianOrWelsh() {
        assertThat(parse(HEADLINE + "\n\nSzerző: Nagy Péter\n\n" + BODY).getAuthors()).containsExactly("Nagy Péter");
        Article a = parse(HEADLINE + "\n\nGan Dafydd Evans\n5 Mawrth 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Dafydd Evans");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldDropPageNumbersWhenTheTextComesFromAPdf() {
        Article a = parse(HEADLINE + "\n\nPage 1 of 3\n\n" + BODY + "\n\nSeite 2 von 3\n\nThe council will vote again in May.");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(allText(a)).doesNotContain("Page 1", "Seite 2").contains("vote again in May");
    }

    @Test
    void shouldReadTheIssuerAndTheLabelWhenANameStandsOverAPressReleaseLabel() {
        Article a = parse("Harbourview Water\nNEWS RELEASE\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Harbourview Water");
        assertThat(a.getSection()).isEqualTo("News release");
    }

    @Test
    void shouldReadTheMastheadWhenAShortNameStandsOverALoneNewsRoot() {
        Article a = parse("Radio Cymru Fyw\nNewyddion\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Radio Cymru Fyw");
    }

    @Test
    void shouldDropCommentCountersAndShareButtonsWhenHungarianOrWelsh() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMegosztás\nHozzászólások (5)\nRhannu");
        assertThat(allText(a)).doesNotContain("Megosztás", "Hozzászólások", "Rhannu");
    }
}
