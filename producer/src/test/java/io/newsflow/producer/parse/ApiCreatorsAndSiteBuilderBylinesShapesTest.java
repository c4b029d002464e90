package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-seventy-fourth held-out round (x1081-x1086), on other inputs: a JSON:API article whose
 * writer is its {@code created_by} relationship and whose date its {@code publish_up} (Joomla's web services); a site
 * builder's blog byline in a {@code blog-author} element and its "Powered by" footer (Weebly's).
 */
class ApiCreatorsAndSiteBuilderBylinesShapesTest {

    @Test
    void shouldReadAJsonApiArticlesCreatorAndStartOfPublishing() {
        Article a = file("{\"data\": {\"type\": \"articles\", \"id\": \"42\", \"attributes\": {\"title\": \"" + HEADLINE + "\", \"text\": \"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\", \"created\": \"2026-12-01 08:45:00\", \"publish_up\": \"2026-12-02 09:00:00\"}, "
                + "\"relationships\": {\"created_by\": {\"data\": {\"type\": \"users\", \"id\": \"451\"}}}}, \"included\": [{\"type\": \"users\", "
                + "\"id\": \"451\", \"attributes\": {\"name\": \"Karel Dvořák\"}}]}", "article.json");
        assertThat(a.getAuthors()).containsExactly("Karel Dvořák");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void shouldReadASiteBuildersBlogBylineAndDropItsPoweredByFooter() {
        Article a = file("<html><body><div class=\"blog-post\"><div class=\"blog-header\"><h2 class=\"blog-title\"><a href=\"/news/wind\">"
                + HEADLINE + "</a></h2><p class=\"blog-date\"><span class=\"date-text\">11/28/2026</span> | <span class=\"blog-author-title\">"
                + "Margit Olsen</span></p></div><div class=\"blog-content\"><div class=\"paragraph\">" + BODY.replace("\n\n", "<br><br>")
                + "</div></div></div><div class=\"footer-wrap\"><div class=\"wsite-footer\">Powered by Weebly</div></div></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Margit Olsen");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Powered by");
    }

    @Test
    void shouldKeepASentenceThatOpensWithPoweredBy() {
        Article a = TextShapesTest.parse(HEADLINE + "\n\n" + BODY + "\n\nPowered by wind and sun, the island's grid ran without diesel for a week.");
        assertThat(allText(a)).contains("Powered by wind and sun");
    }
}
