package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.RejectionReason;

/**
 * Shapes met in the hundred-and-thirty-fifth held-out round (x847-x852), on other pages: a related label among a menu's
 * items ("Trending"), which had taken the headline for a rail's link; the New York Times' search answer; a credit naming
 * the network whose site the masthead names ("Quelle: ZDF, dpa" under "ZDFheute"); "Mehr zur Deutschen Bahn". And a
 * page the robustness test's mangling made of a caseless name over a stamp and its office's line closing the page, which
 * the release issuer's test read one line past the page's end.
 */
class MenuLabelsAndSearchApiItemsShapesTest {

    @Test
    void shouldKeepTheHeadlineWhenTheMenuListsARelatedLabelAmongItsItems() {
        Article a = parse("NDTV\nIndia\nWorld\nBusiness\nOpinion\nTrending\nSign In\n\nIndia News\n\n" + HEADLINE
                + "\n\nA standfirst that says what the story is about.\n\nWritten by Neha Rao\nDec 05, 2026 10:12 am IST\n\n" + BODY
                + "\n\nTrack Latest News Live on NDTV.com and get news updates from India and around the world");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("India News");
        assertThat(allText(a)).doesNotContain("Track Latest News");
    }

    @Test
    void shouldReadAnArticleWhenItComesFromTheNewYorkTimesSearchAnswer() {
        Article a = file("{\"status\":\"OK\",\"response\":{\"docs\":[{\"lead_paragraph\":\"" + BODY.split("\n")[0] + "\",\"source\":\"The New York Times\","
                + "\"headline\":{\"main\":\"" + HEADLINE + "\",\"kicker\":null},\"pub_date\":\"2026-12-05T14:02:11+0000\","
                + "\"section_name\":\"New York\",\"byline\":{\"original\":\"By Ana Ley\",\"person\":[{\"firstname\":\"Ana\",\"lastname\":\"Ley\"}]},"
                + "\"type_of_material\":\"News\"}]},\"meta\":{\"hits\":1}}", "search.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Ley");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T14:02:11Z"));
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldKeepTheSitesNameWhenACreditNamesItsNetworkAndDropAMoreOnTopicBlock() {
        Article a = parse("ZDFheute\nStartseite\nPolitik\nWirtschaft\nPanorama\nSport\n\nWirtschaft\n\n" + HEADLINE
                + "\n\nvon Katharina Schuster\n05.12.2026 | 10:12\n\n" + BODY + "\n\nQuelle: ZDF, dpa\n\nMehr zur Deutschen Bahn\n"
                + "Bahn-Streik: GDL kündigt Urabstimmung an");
        assertThat(a.getSource()).isEqualTo("ZDFheute");
        assertThat(allText(a)).doesNotContain("Mehr zur", "GDL");
    }

    @Test
    void shouldAnswerWithoutAParserFailureWhenAStampAndItsOfficesLineCloseThePage() {
        List<ParseOutcome> out = new ArticleParser().parse(InputDocument.ofText("ไทยรัฐออนไลน์\n\n2 ธ.ค. 2568 10:15 น.\nกรุงเทพฯ",
                "page.txt", null, Instant.parse("2026-12-05T00:00:00Z")));
        assertThat(out).noneMatch(o -> o instanceof ParseOutcome.Rejected r && r.rejection().code() == RejectionReason.UNKNOWN);
    }
}
