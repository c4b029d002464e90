package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixtieth held-out round (x1593-x1598), on other inputs: a website crawler's dataset
 * item (Apify's), its page's facts in lists of Open Graph pairs and JSON-LD objects; a JSON record's text opening with
 * the headline, the byline and the date again; the post's own card in a Sphinx ABlog sidebar; a footer's copyright
 * ending in a full stop; a Mongolian writer's shouted name, its initial glued on ("By B.DULGUUN").
 */
class CrawlerItemsAndPostCardsShapesTest {
    private static final String JSON_BODY = BODY.replace("\n\n", "\\n");

    @Test
    void shouldReadACrawledPageFromItsMetadataWhenACrawlerItemHoldsIt() {
        Article a = file("[{\"url\": \"https://example.org/news/bridge/\", \"crawl\": {\"loadedUrl\": \"https://example.org/news/bridge/\", "
                + "\"loadedTime\": \"2026-12-06T07:12:44.501Z\", \"httpStatusCode\": 200}, \"metadata\": {\"title\": \"Old bridge closes "
                + "to cars | Riverside Ledger\", \"author\": \"Ana Ruiz\", \"openGraph\": [{\"property\": \"og:site_name\", \"content\": "
                + "\"Riverside Ledger\"}, {\"property\": \"article:section\", \"content\": \"Roads\"}], \"jsonLd\": [{\"@type\": "
                + "\"NewsArticle\", \"datePublished\": \"2026-12-05T16:40:00-05:00\"}]}, \"text\": \"" + JSON_BODY + "\"}]", "crawl.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("Riverside Ledger");
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T21:40:00Z");
        assertThat(a.getUrl()).isEqualTo("https://example.org/news/bridge/");
    }

    @Test
    void shouldDropTheHeadlineBylineAndDateWhenAJsonRecordsTextOpensWithThem() {
        Article a = file("{\"title\": \"Old bridge closes to cars\", \"author\": \"Ana Ruiz\", \"text\": \"Old bridge closes to cars\\n"
                + "By Ana Ruiz\\nDecember 5, 2026\\n" + JSON_BODY + "\"}", "page.json");
        assertThat(a.getBody().get(0).getText()).startsWith("The council voted on Tuesday");
        assertThat(allText(a)).doesNotContain("By Ana Ruiz", "December 5, 2026");
        Article story = file("{\"title\": \"Old bridge closes to cars\", \"text\": \"By the river\\n" + JSON_BODY + "\"}", "story.json");
        assertThat(allText(story)).contains("By the river"); // (no writer named: a line of the story, kept)
    }

    @Test
    void shouldReadThePostsCardWhenASidebarHoldsItsDateWriterAndCategory() {
        Article a = file("<html><head><title>Old bridge closes to cars &#8212; Riverside Residents</title></head><body><div class=\"document\">"
                + "<div class=\"body\" role=\"main\"><section><h1>Old bridge closes to cars</h1>" + HTML_BODY + "</section></div>"
                + "<div class=\"sphinxsidebar\"><div class=\"ablog-sidebar-item ablog__postcard\"><h2><i class=\"fa fa-calendar\"></i> "
                + "<span>05 December 2026</span></h2><ul><li id=\"ablog-sidebar-item author ablog__author\"><span><i class=\"fa fa-user\">"
                + "</i></span> <a href=\"../blog/author/ana-ruiz/\">Ana Ruiz</a></li><li id=\"ablog-sidebar-item category ablog__category\">"
                + "<span><i class=\"fa-fw fa fa-folder-open\"></i></span> <a href=\"../blog/category/roads/\">Roads</a></li></ul></div>"
                + "</div></div><div class=\"footer\">&#169;2026, Riverside Residents. | Powered by Sphinx</div></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(a.getSource()).isEqualTo("Riverside Residents");
    }

    @Test
    void shouldReadAShoutedNameWhenItsInitialIsGluedOn() {
        Article a = parse("Old bridge closes to cars\n\nBy B.DULGUUN\nPublished: 2026-12-05 17:20\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("B.Dulguun");
        assertThat(a.getSource()).isNull();
    }
}
