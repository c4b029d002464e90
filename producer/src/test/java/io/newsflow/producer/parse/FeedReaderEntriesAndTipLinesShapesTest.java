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
 * Shapes met in the hundred-and-thirty-sixth held-out round (x853-x858), on other pages: a feed reader's entry (Feedly's:
 * the text alone under {@code "content"}, the date in milliseconds, the feed's categories as {@code "keywords"}), a
 * reader's-tip line ("Imate li neku priču ...?"), Lithuanian and Finnish furniture.
 */
class FeedReaderEntriesAndTipLinesShapesTest {

    @Test
    void shouldReadAFeedReadersEntryWhenItsTextAloneSitsUnderContent() {
        Article a = file("{\"title\":\"" + HEADLINE + "\",\"author\":\"Mariana Costa\",\"published\":1796465520000,"
                + "\"origin\":{\"title\":\"Douro Daily\"},\"content\":{\"content\":\"<p>" + BODY.replace("\n\n", "</p><p>")
                + "</p>\",\"direction\":\"ltr\"},\"keywords\":[\"Transport\",\"Porto\"]}", "entry.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Mariana Costa");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T10:12:00Z"));
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldDropAReadersTipLineAndRelatedAndShareLabelsInCroatianLithuanianAndFinnish() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nImate li neku priču koju želite podijeliti s nama? Javite nam se na prijave@index.hr"
                + "\n\nDaugiau naujienų\nKaune pradeda kursuoti nauji elektriniai autobusai\n\nJaa artikkeli");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Imate li", "Daugiau", "Kaune", "Jaa artikkeli");
    }
}
