package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighty-eighth held-out round (x1161-x1166), on other inputs: an agency's story
 * syndicated on a finance portal (the agency's name over the headline, "..., 9:00 AM 2 min read", "In This Article:"
 * over tickers and their moves); a feed reader's stream whose categories are the reader's own ("user/.../state/...");
 * a time element whose exact time is in its title; a paper's team credited under the headline ("लोकसत्ता टीम") and its
 * related label in Marathi.
 */
class SyndicationTickersAndReaderStreamsShapesTest {

    @Test
    void shouldReadAnAgencysSyndicatedStoryOnAFinancePortal() {
        Article a = parse("Finance Portal\nSign in\nMail\n\nReuters\n" + HEADLINE + "\nAoife Brennan\nMon, Nov 30, 2026, 9:00 AM 3 min read\n\n"
                + "In This Article:\nXOM\n-0.85%\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Reuters");
        assertThat(a.getSection()).isNull();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(allText(a)).contains("split the town").doesNotContain("XOM", "-0.85%", "min read");
    }

    @Test
    void shouldTakeNoFeedReadersOwnStreamAsTheSection() {
        Article a = file("{\"items\": [{\"title\": \"" + HEADLINE + "\", \"published\": 1796028300, \"author\": \"Owen Pryce\", \"categories\": "
                + "[\"user/1005/state/com.google/reading-list\", \"user/1005/label/Local\"], \"summary\": {\"content\": \"" + HTML_BODY + "\"}, "
                + "\"origin\": {\"title\": \"Harbour Post\", \"htmlUrl\": \"https://harbourpost.example\"}}]}", "stream.json");
        assertThat(a.getSection()).isNull();
        assertThat(a.getSource()).isEqualTo("Harbour Post");
    }

    @Test
    void shouldReadATimeElementsExactTimeFromItsTitle() {
        Article a = file("<html><body><article><h1>" + HEADLINE + "</h1><div class=\"meta\"><time title=\"2026-11-30 08:30\">today, 08:30</time></div>"
                + HTML_BODY + HTML_BODY + "</article></body></html>", "page.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T08:30:00Z"));
    }

    @Test
    void shouldTakeAPapersTeamAsNoWriterAndDropAMarathiRelatedLabel() {
        Article a = parse("लोकसत्ता\nमुंबई\nपुणे\nक्रीडा\nअर्थसत्ता\n\n" + HEADLINE + "\n\nलोकसत्ता टीम\nNovember 30, 2026\n\n" + BODY
                + "\n\nसंबंधित बातम्या\nपुण्यात मेट्रोचा नवा मार्ग सुरू");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("संबंधित", "टीम");
    }
}
