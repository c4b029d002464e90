package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the hundred-and-ninety-fifth held-out round (x1203-x1208), on other inputs: a read-later service's
 * document (Readwise Reader's), whose "source" and "category" are the service's own; a page builder's meta list beside
 * the headline (Elementor's post-info: writer, date, category); a comment form's block and an author box inside the
 * article (Divi's, Soledad's); a weekly's stamp with its print issue ("[ VOL 27 , NO 1335]"); "Previous Post" and "Next
 * Post" over other stories' headlines.
 */
class ReadLaterDocumentsAndThemeMetaShapesTest {

    private static final String TOP = HEADLINE + "\n\nBy Aoife Brennan\n";

    @Test
    void shouldTakeTheSiteNameNotTheReadLaterServicesSourceOrCategory() {
        Article a = file("{\"results\": [{\"title\": \"" + HEADLINE + "\", \"author\": \"Aoife Brennan\", \"source\": \"Reader RSS\","
                + " \"category\": \"rss\", \"site_name\": \"The Harbour Post\", \"source_url\": \"https://harbourpost.example/a\","
                + " \"reading_progress\": 0, \"published_date\": \"2026-11-30\", \"html_content\": \"" + HTML_BODY + "\"}]}", "reader.json");
        assertThat(a.getSource()).isEqualTo("The Harbour Post");
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldReadTheWriterAndCategoryOfAMetaListBesideTheHeadline() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"single\"><div class=\"con\">"
                + "<div class=\"w-title\"><div class=\"c\"><h1>" + HEADLINE + "</h1></div></div><div class=\"w-info\"><div class=\"c\"><ul>"
                + "<li itemprop=\"author\"><a href=\"/author/aoife/\"><span>Aoife Brennan</span></a></li><li><time>30 November 2026</time></li>"
                + "<li><span class=\"post-info__item--type-terms\"><a href=\"/category/harbour/\">Harbour</a></span></li></ul></div></div>"
                + "<div class=\"w-content\"><div class=\"c\">" + HTML_BODY + "</div></div></div></div></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Aoife Brennan");
        assertThat(a.getSection()).isEqualTo("Harbour");
    }

    @Test
    void shouldDropACommentFormsBlockAndAnAuthorBoxInsideTheArticle() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>"
                + "<div class=\"entry-content\">" + HTML_BODY + "</div><div class=\"post-author\"><h5>Aoife Brennan</h5><p>Aoife covers"
                + " the harbour for the Post.</p></div><section id=\"comment-wrap\"><div id=\"respond\" class=\"comment-respond\">"
                + "<h3><span>Submit a Comment</span></h3></div></section></article></body></html>", "post.html");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Submit a Comment", "covers the harbour");
    }

    @Test
    void shouldReadAWeeklysStampWithItsPrintIssue() {
        Article a = parse(TOP + "Published on Nov 30,2026 [ VOL 27 , NO 1335]\n\n" + BODY + "\n\nPUBLISHED ON Nov 30,2026 [ VOL 27 , NO 1335]");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("VOL 27");
    }

    @Test
    void shouldDropThePreviousAndNextPostsHeadlines() {
        Article a = parse(TOP + "November 30, 2026\n\n" + BODY + "\n\nPrevious Post\nFerry fares frozen for island residents\n"
                + "Next Post\nHarbour bridge to close for repairs");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Previous Post", "Ferry fares", "Harbour bridge");
    }
}
