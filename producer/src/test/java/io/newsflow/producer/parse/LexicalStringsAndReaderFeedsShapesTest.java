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
 * Shapes met in the hundred-and-fifty-first held-out round (x943-x948), on other pages: Ghost's Admin API answer, its
 * Lexical document kept as a JSON string with Ghost's own node kinds; a feed reader's entry naming its feed (Miniflux);
 * "Dec.5,2026" and the Hankyoreh's closing prompt; a section over its sub-section stacked over the headline under a
 * menu; a feminine date label alone over its date ("Actualizada").
 */
class LexicalStringsAndReaderFeedsShapesTest {

    @Test
    void shouldReadGhostsLexicalDocumentKeptAsAStringWithItsOwnNodeKinds() {
        String[] paragraphs = BODY.split("\n\n");
        String lexical = "{\\\"root\\\":{\\\"children\\\":[" + ghostParagraph(paragraphs[0]) + ",{\\\"type\\\":\\\"image\\\",\\\"src\\\":\\\"https://x.example/p.jpg\\\"},"
                + ghostParagraph(paragraphs[1]) + "],\\\"type\\\":\\\"root\\\",\\\"version\\\":1}}";
        Article a = file("{\"posts\":[{\"title\":\"" + HEADLINE + "\",\"mobiledoc\":null,\"lexical\":\"" + lexical + "\",\"excerpt\":\""
                + paragraphs[0] + "\",\"published_at\":\"2026-12-05T08:30:00.000Z\"}],\"meta\":{\"pagination\":{\"page\":1}}}", "posts.json");
        assertThat(allText(a)).contains(paragraphs[0], "cyclists welcomed it").doesNotContain("p.jpg");
    }

    private static String ghostParagraph(String text) {
        return "{\\\"children\\\":[{\\\"text\\\":\\\"" + text + "\\\",\\\"type\\\":\\\"extended-text\\\",\\\"version\\\":1}],\\\"type\\\":\\\"paragraph\\\"}";
    }

    @Test
    void shouldReadAFeedReadersEntrysOutletFromItsFeedAndItsSectionFromItsTags() {
        Article a = file("{\"id\":88412,\"title\":\"" + HEADLINE + "\",\"published_at\":\"2026-12-05T06:45:00Z\",\"content\":\"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\",\"author\":\"Sam Okafor\",\"feed\":{\"id\":42,\"site_url\":\"https://x.example/\","
                + "\"title\":\"Harbour Gazette\",\"category\":{\"id\":3,\"title\":\"Local news\"}},\"tags\":[\"Business\",\"Port\"]}", "entry.json");
        assertThat(a.getSource()).isEqualTo("Harbour Gazette");
        assertThat(a.getSection()).isEqualTo("Business");
    }

    @Test
    void shouldReadAMonthGluedToItsDayAndDropAPromptForQuestions() {
        Article a = parse("Economy\n\nPosted on : Dec.5,2026 16:20 KST\n\n" + HEADLINE + "\n\nBy Kim Min-ji, staff reporter\n\n" + BODY
                + "\n\nPlease direct questions or comments to [english@hani.co.kr]");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T07:20:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Please direct");
    }

    @Test
    void shouldReadTheUpperOfTwoStackedKickersAsTheSectionAndDropAFeminineDateLabel() {
        Article a = parse("Brisbane Times\nSkip to content\nBrisbane\nQueensland\nNational\nWorld\nBusiness\n\nPolitics\nQueensland\n\n" + HEADLINE
                + "\n\nLaura García\nPublicada\n5 diciembre 2026 10:32h\nActualizada\n5 diciembre 2026 11:05h\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Politics");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Actualizada", "11:05");
    }
}
