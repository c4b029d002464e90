package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the hundred-and-ninety-eighth held-out round (x1221-x1226), on other inputs: Wix's blog post and its
 * rich content (Ricos nodes); a public body's page closed by its press office's contacts (AEM's); a portal's page with
 * no {@code h1}, its title in a span and its window title "Headline - News - Site" (Liferay's); a town's dateline in
 * natural case with a listed agency ("Hanoi (VNA) -", "Emden (dpa/lni) -"); a translator's credit.
 */
class RichContentAndPortalPagesShapesTest {

    private static final String LONGER = "<p>The extension will add five stops and is expected to carry 9,000 passengers a day when"
            + " it opens in 2029, the council said in a statement after the vote on Thursday evening.</p>";

    @Test
    void shouldReadWixsRichContentAndFirstPublishedDate() {
        Article a = file("{\"post\": {\"title\": \"" + HEADLINE + "\", \"firstPublishedDate\": \"2026-11-30T10:15:00.000Z\", \"richContent\":"
                + " {\"nodes\": [{\"type\": \"PARAGRAPH\", \"nodes\": [{\"type\": \"TEXT\", \"textData\": {\"text\": \"The council voted on"
                + " Tuesday to close the old bridge to cars.\"}}]}, {\"type\": \"PARAGRAPH\", \"nodes\": [{\"type\": \"TEXT\", \"textData\":"
                + " {\"text\": \"Organiser \"}}, {\"type\": \"TEXT\", \"textData\": {\"text\": \"Ruth Ellery\"}}, {\"type\": \"TEXT\","
                + " \"textData\": {\"text\": \" said cyclists welcomed it.\"}}]}]}}}", "post.json");
        assertThat(allText(a)).contains("close the old bridge to cars", "Organiser Ruth Ellery said cyclists welcomed it.");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
    }

    @Test
    void shouldDropAPressOfficesContactsClosingThePage() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><main><h1>" + HEADLINE + "</h1>" + HTML_BODY + LONGER
                + "<h3>Media enquiries</h3><p>Press office: 01632 960 123 | press@harbourpost.example</p></main></body></html>", "page.html");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Media enquiries", "Press office");
    }

    @Test
    void shouldTakeTheTitleAnElementHoldsAndTheSectionBetweenItAndTheSite() {
        Article a = file("<html><head><title>" + HEADLINE + " - News - City of Norrvik</title><meta property=\"og:site_name\""
                + " content=\"City of Norrvik\"></head><body><section><p class=\"component-title\"><span class=\"asset-title\">" + HEADLINE
                + "</span></p><div class=\"journal-content-article\">" + HTML_BODY + LONGER + "</div></section></body></html>", "page.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadATownsDatelineWithAListedAgencyAndDropATranslatorsCredit() {
        Article a = parse(HEADLINE + "\n\nTranslator: Ricky Mohammad Nugraha\n\nHanoi (VNA) - " + BODY);
        assertThat(a.getSource()).isEqualTo("VNA");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Translator");
        assertThat(parse(HEADLINE + "\n\nEmden (dpa/lni) - " + BODY).getSource()).isEqualTo("dpa");
    }
}
