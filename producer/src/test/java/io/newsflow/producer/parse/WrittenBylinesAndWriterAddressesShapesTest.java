package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the fifty-first held-out round (x343-x348), each on other names: a feed's creator field holding a
 * whole byline, Parse.ly's author tags, a writer's address alone under the story, a Romanian "de" byline, and a
 * writer under a "Source" label with the outlet after a bar.
 */
class WrittenBylinesAndWriterAddressesShapesTest {

    private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel><title>News | Valley Courier</title><link>https://courier.example/</link><description>d</description>"
            + "<item><title>" + HEADLINE + "</title><link>https://courier.example/a</link><dc:creator>CREATOR</dc:creator>"
            + "<pubDate>Tue, 02 Dec 2025 09:00:00 +0000</pubDate><description><![CDATA[<p>The board met on Monday and voted.</p>"
            + "<p>The vote was close.</p><p>LAST</p>]]></description></item></channel></rss>";

    @Test
    void shouldReadEveryNameWhenAFeedsCreatorFieldWritesTheBylineOut() {
        Article a = file(FEED.replace("CREATOR", "By Marta Kowalczyk and Idris Bello").replace("LAST", "Work resumes in May."), "feed.rss");
        assertThat(a.getAuthors()).containsExactly("Marta Kowalczyk", "Idris Bello");
    }

    @Test
    void shouldDropTheLineWhenTheWritersAddressAloneClosesAFeedItem() {
        Article a = file(FEED.replace("CREATOR", "Idris Bello").replace("LAST", "idris.bello@courier.example"), "feed.rss");
        assertThat(allText(a)).doesNotContain("@courier.example").contains("The vote was close.");
    }

    @Test
    void shouldDropTheLineWhenALabelledAddressClosesAPlainTextStory() {
        Article a = parse(HEADLINE + "\n\nBy Idris Bello\n\n" + BODY + "\n\nEmail: i.bello@courier.example");
        assertThat(allText(a)).doesNotContain("courier.example");
        assertThat(a.getAuthors()).containsExactly("Idris Bello");
    }

    @Test
    void shouldKeepTheSentenceWhenAnAddressIsNamedInsideTheText() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nReaders can write to letters@courier.example with their views.");
        assertThat(allText(a)).contains("Readers can write to letters@courier.example with their views.");
    }

    @Test
    void shouldReadTheWritersWhenParselyTagsNameThem() {
        Article a = file("<html><head><title>" + HEADLINE + "</title><meta name=\"parsely-author\" content=\"Marta Kowalczyk\">"
                + "<meta name=\"parsely-author\" content=\"Idris Bello\"></head><body><article><h1>" + HEADLINE + "</h1>"
                + "<p>The board met on Monday and voted to close the bridge.</p><p>The vote was close.</p></article></body></html>",
                "page.html");
        assertThat(a.getAuthors()).containsExactly("Marta Kowalczyk", "Idris Bello");
    }

    @Test
    void shouldReadTheWriterWhenARomanianBylineOpensWithDe() {
        Article a = parse(HEADLINE + "\n\nde Mihai Stoica\nPublicat: 02.12.2025, 08:30\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Mihai Stoica");
        assertThat(allText(a)).doesNotContain("de Mihai Stoica");
    }

    @Test
    void shouldReadTheWriterAndOutletWhenASourceLabelNamesAPersonThenTheSite() {
        Article a = parse(HEADLINE + "\n\nSource: Ama Owusu | Citinewsroom.com\nDate: December 2, 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ama Owusu");
        assertThat(a.getSource()).isEqualTo("Citinewsroom.com");
    }

    @Test
    void shouldNameNoWriterWhenASourceLabelNamesAnInstitution() {
        Article a = parse(HEADLINE + "\n\nSource: Ghana Statistical Service | Accra\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
    }
}
