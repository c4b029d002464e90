package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixty-fifth held-out round (x1623-x1628), on other inputs: a WordPress export (WXR)
 * naming its writer by login and mixing categories and tags; newspaper4k's output with the outlet's staff among its
 * authors; Odoo's "o_wblog_author_name"; Serbian, Croatian and Bosnian pleas to follow and related labels.
 */
class WordPressExportsAndStaffCreditsShapesTest {

    @Test
    void shouldReadAWordPressExportsWriterByDisplayNameAndItsCategoryNotItsTag() {
        Article a = file("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>Riverside Ledger"
                + "</title><link>https://example.org</link><wp:wxr_version>1.2</wp:wxr_version><wp:author><wp:author_login>aruiz"
                + "</wp:author_login><wp:author_display_name>Ana Ruiz</wp:author_display_name></wp:author><item><title>Old bridge closes to "
                + "cars</title><link>https://example.org/bridge/</link><pubDate>Sat, 05 Dec 2026 09:30:00 +0000</pubDate><dc:creator>aruiz"
                + "</dc:creator><content:encoded><![CDATA[" + HTML_BODY + "]]></content:encoded><category domain=\"post_tag\">storms"
                + "</category><category domain=\"category\">Roads</category></item></channel></rss>", "export.xml");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Roads");
    }

    @Test
    void shouldNameTheOutletWithoutItsStaffWhenAnExtractorListsThemAsAnAuthor() {
        Article a = file("{\"title\": \"Old bridge closes to cars\", \"authors\": [\"Ana Ruiz\", \"Riverside Herald Staff\"], \"text\": \""
                + BODY.replace("\n\n", "\\n\\n") + "\"}", "article.json");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("Riverside Herald");
        Article named = file("{\"title\": \"Old bridge closes to cars\", \"meta_site_name\": \"Riverside Ledger\", \"text\": \""
                + BODY.replace("\n\n", "\\n\\n") + "\"}", "article.json");
        assertThat(named.getSource()).isEqualTo("Riverside Ledger");
    }

    @Test
    void shouldReadAWriterInAnElementNamedForTheAuthorsName() {
        Article a = file("<html><head><title>Old bridge closes to cars</title></head><body><section id=\"top\"><div class=\"h1\">Old bridge "
                + "closes to cars</div><span class=\"o_wblog_author_name\">Ana Ruiz</span></section><section id=\"main\"><div class=\"content\">"
                + HTML_BODY + "<p>Engineers found cracks in two of its piers in the summer.</p></div></section></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldDropSouthSlavicPleasToFollowAndRelatedLabels() {
        Article a = parse("Stari most zatvoren za automobile\n\n" + BODY + "\n\nPratite nas i na Telegram kanalu\n\nPovezani tekstovi\n"
                + "Produžen rok za kartice\n");
        assertThat(allText(a)).doesNotContain("Pratite", "Povezani", "Produžen");
        Article b = parse("Stari most zatvoren za automobile\n\n" + BODY + "\n\nPratite nas na Facebooku\n\nPovezano\nNovi trolejbusi\n");
        assertThat(allText(b)).doesNotContain("Pratite", "Povezano", "trolejbusi");
    }
}
