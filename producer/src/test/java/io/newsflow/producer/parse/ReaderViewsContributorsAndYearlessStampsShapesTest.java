package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the seventy-third held-out round (x475-x480), each on other names: a browser's reader view, a contributor's
 * "Para"/"Special to" segment, an RSS feed converted to JSON, a byline closing with the writer's address, a Korean name in
 * capitals, a "Related Article" label and a stamp whose day has no year.
 */
class ReaderViewsContributorsAndYearlessStampsShapesTest {

    @Test
    void shouldDropTheReadingTimeWhenABrowsersReaderViewGivesIt() {
        Article a = parse("valleytimes.com.au\n" + HEADLINE + "\nRuby Hartono\n3–4 minutes\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ruby Hartono");
        assertThat(allText(a)).doesNotContain("minutes");
    }

    @Test
    void shouldReadTheOutletWhenTheWriterWritesForIt() {
        Article a = parse(HEADLINE + "\n\nPor Ana Ruiz | Para EL TIEMPO\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("El Tiempo");
    }

    @Test
    void shouldReadTheFeedsOutletWhenAConvertedFeedListsTheItem() {
        String json = "{\"status\": \"ok\", \"feed\": {\"title\": \"Harbour Ledger - Local\"}, \"items\": [{\"title\": \"" + HEADLINE
                + "\", \"pubDate\": \"2025-03-03 09:00:00\", \"author\": \"Tui Walker\", \"content\": \"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\", \"categories\": [\"Local\"]}]}";
        Article a = parseOne(json, "feed.json");
        assertThat(a.getSource()).isEqualTo("Harbour Ledger");
        assertThat(a.getSection()).isEqualTo("Local");
        assertThat(a.getAuthors()).containsExactly("Tui Walker");
    }

    @Test
    void shouldReadTheWriterWhenTheBylineClosesWithAnAddress() {
        Article a = parse(HEADLINE + "\n\nBy KIM SOO-YEON [kim.sooyeon@example.kr]\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Kim Soo-yeon");
        assertThat(allText(a)).doesNotContain("example.kr");
        assertThat(parse(HEADLINE + "\n\nBy JEAN-LUC MARTIN\n\n" + BODY).getAuthors()).containsExactly("Jean-Luc Martin");
    }

    @Test
    void shouldDropTheLinkWhenARelatedArticleLabelClosesThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nRelated Article\nPort strike ends after three days");
        assertThat(allText(a)).doesNotContain("Related Article").doesNotContain("Port strike ends");
    }

    @Test
    void shouldDateNothingWhenTheStampsDayHasNoYear() {
        Article a = parse(HEADLINE + "\n\nOmroep West • maandag 1 december, 09:30\n\n" + BODY);
        assertThat(a.getPublishedAt()).isNull();
        assertThat(allText(a)).doesNotContain("maandag 1 december");
    }
}
