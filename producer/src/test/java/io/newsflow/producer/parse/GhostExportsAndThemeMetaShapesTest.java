package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-fifty-sixth held-out round (x973-x978), on other pages: a Ghost site's export (its
 * posts' writers and tags joined from their tables, the site's title, a body kept as Mobiledoc, a page left out); a
 * JNews theme's author and breadcrumb elements; "Most Read By Subscribers".
 */
class GhostExportsAndThemeMetaShapesTest {

    @Test
    void shouldReadAGhostExportsPostWithItsJoinedWritersAndTagAndLeaveOutItsPages() {
        String[] paragraphs = BODY.split("\n\n");
        String mobiledoc = "{\\\"version\\\":\\\"0.3.1\\\",\\\"atoms\\\":[],\\\"cards\\\":[[\\\"image\\\",{\\\"src\\\":\\\"/x.jpg\\\"}],"
                + "[\\\"markdown\\\",{\\\"markdown\\\":\\\"" + paragraphs[1] + "\\\"}]],\\\"markups\\\":[],\\\"sections\\\":[[1,\\\"p\\\",[[0,[],0,\\\""
                + paragraphs[0] + "\\\"]]],[10,0],[10,1]]}";
        String export = "{\"db\":[{\"meta\":{\"version\":\"4.48.2\"},\"data\":{\"posts\":[{\"id\":\"p1\",\"title\":\"" + HEADLINE + "\","
                + "\"mobiledoc\":\"" + mobiledoc + "\",\"html\":null,\"published_at\":\"2026-12-05T09:00:00.000Z\"},{\"id\":\"p2\",\"type\":\"page\","
                + "\"title\":\"About us\",\"html\":\"<p>We are a small newsroom.</p>\"}],\"users\":[{\"id\":\"1\",\"name\":\"Tomás Ruiz\"},"
                + "{\"id\":\"2\",\"name\":\"Ana Lima\"}],\"posts_authors\":[{\"post_id\":\"p1\",\"author_id\":\"2\",\"sort_order\":1},"
                + "{\"post_id\":\"p1\",\"author_id\":\"1\",\"sort_order\":0}],\"tags\":[{\"id\":\"t1\",\"name\":\"Community\"}],"
                + "\"posts_tags\":[{\"post_id\":\"p1\",\"tag_id\":\"t1\",\"sort_order\":0}],\"settings\":[{\"key\":\"title\","
                + "\"value\":\"Harbourside Weekly\"}]}}]}";
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(export.getBytes(StandardCharsets.UTF_8), "ghost.json", null,
                Instant.parse("2026-12-05T10:00:00Z")));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        Article a = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(allText(a)).contains(paragraphs[0], "cyclists welcomed it").doesNotContain("x.jpg");
        assertThat(a.getAuthors()).containsExactly("Tomás Ruiz", "Ana Lima");
        assertThat(a.getSection()).isEqualTo("Community");
        assertThat(a.getSource()).isEqualTo("Harbourside Weekly");
    }

    @Test
    void shouldReadAThemesMetaAuthorAndItsBreadcrumbContainer() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"jeg_breadcrumbs jeg_breadcrumb_container\">"
                + "<div id=\"breadcrumbs\"><span><a href=\"/\">Home</a></span><i class=\"fa\"></i><span><a href=\"/news\">News</a></span>"
                + "<i class=\"fa\"></i><span><a href=\"/news/local\">Local</a></span></div></div><h1>" + HEADLINE + "</h1><div class=\"jeg_meta_author\">"
                + "<span class=\"meta_text\">by</span> <a href=\"/author/siti-rahman/\">Siti Rahman</a></div><div class=\"content-inner\"><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></div></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Siti Rahman");
        assertThat(a.getSection()).isEqualTo("Local");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldDropMostReadBySubscribersWithItsHeadlines() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMost Read By Subscribers\nWhy house prices are falling in the South East");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Most Read", "house prices");
    }
}
