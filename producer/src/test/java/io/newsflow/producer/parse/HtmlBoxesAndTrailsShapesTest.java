package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-first held-out round (x2617-x2622), HTML pages: a site's h1 over the story's
 * and other stories' bylines in a sidebar, a paywall over JSON-LD's whole text, an author box closing the story, a
 * desk's byline and an agency's credit, Indonesian and Hindi pages. Missed: the writer named only in the author box's
 * bio, and the Indonesian trail's home crumb.
 */
class HtmlBoxesAndTrailsShapesTest {
    private static final String TEXT = "<p>Apple and cherry growers around Kelowna are installing wind machines to protect their blossoms "
            + "from late frosts, after two springs in which a single cold night wiped out much of the crop.</p><p>A frost fan costs about "
            + "$60,000 and covers ten acres, the BC Fruit Growers' Association said.</p>";

    private static Article boxed(String box) {
        return file("<html><head><title>Orchard growers turn to frost fans | Okanagan Weekly</title></head><body><main><article>"
                + "<h1 class=\"post-title\">Orchard growers turn to frost fans</h1><div class=\"post-content\">" + TEXT + "</div>"
                + "<div class=\"author-box\"><h4>About the author</h4>" + box + "</div></article></main></body></html>", "post.html");
    }

    @Test
    void shouldReadTheWriterNamedInBoldInAnAuthorBoxsBioWhenNoBylineNamesThem() {
        Article a = boxed("<p><strong>Lena Kowalski</strong> is a reporter covering agriculture for the Okanagan Weekly.</p>");
        assertThat(a.getAuthors()).containsExactly("Lena Kowalski");
        assertThat(allText(a)).doesNotContain("About the author", "is a reporter covering");
    }

    @Test
    void shouldNameNoWriterWhenTheAuthorBoxsBoldWordsAreNoName() {
        Article a = boxed("<p><strong>Support local news.</strong> Become a member of the Okanagan Weekly today.</p>");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldTakeAnIndonesianHomeCrumbAsTheTrailsRootWhenTheSectionFollowsIt() {
        Article a = file("<html lang=\"id\"><head><title>Jembatan baru di Samarinda mulai dibangun Januari - Kabar Borneo</title></head><body>"
                + "<div class=\"breadcrumb\"><a href=\"/\">Beranda</a> &gt; <a href=\"/regional\">Regional</a> &gt; <a href=\"/regional/kaltim\">"
                + "Kalimantan Timur</a></div><div class=\"read\"><h1>Jembatan baru di Samarinda mulai dibangun Januari</h1><div class=\"read__content\">"
                + "<p>Pemerintah Kota Samarinda akan mulai membangun jembatan baru di atas Sungai Mahakam pada Januari 2027.</p>"
                + "<p>Jembatan sepanjang 420 meter itu akan menghubungkan Samarinda Seberang dengan pusat kota.</p></div></div></body></html>", "id.html");
        assertThat(a.getSection()).isEqualTo("Regional");
    }
}
