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
 * Shapes met in the hundred-and-eighty-fifth held-out round (x1143-x1148), on other inputs: a reader service's Markdown
 * of a page (Jina Reader's "Title:", "URL Source:", "Published Time:", "Markdown Content:"), its logo linked to the
 * home page, its images and list items; an agency named as a JSON-LD person; a live blog's "LIVE" badge and its key
 * events' relative times; a paywalled comment thread's notice.
 */
class ReaderMarkdownAndLiveBadgesShapesTest {

    @Test
    void shouldReadAReaderServicesMarkdownWithItsHeaderAndLogo() {
        Article a = parse("Title: " + HEADLINE + "\n\nURL Source: https://harbourpost.example/news/bridge\n\nPublished Time: 2026-11-30T09:00:00+00:00\n\n"
                + "Markdown Content:\n[![Harbour Post](https://harbourpost.example/logo.png)](https://harbourpost.example/)\n\n*   [News](https://harbourpost"
                + ".example/news)\n*   [Sport](https://harbourpost.example/sport)\n\n" + HEADLINE + "\n" + "=".repeat(HEADLINE.length()) + "\n\nBy [Aoife "
                + "Brennan](https://harbourpost.example/a/ab)\n\n![Image 1: The bridge](https://harbourpost.example/b.jpg)\n\n"
                + BODY.replace("the old bridge", "the [old bridge](https://harbourpost.example/tag/bridge)"));
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Post");
        assertThat(a.getUrl()).isEqualTo("https://harbourpost.example/news/bridge");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(a.getAuthors()).containsExactly("Aoife Brennan");
        assertThat(allText(a)).contains("close the old bridge to cars").doesNotContain("](", "Image 1", "URL Source");
    }

    @Test
    void shouldTakeAnAgencyNamedAsAPersonAsTheSource() {
        Article a = file("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"" + HEADLINE + "\", \"author\": "
                + "[{\"@type\": \"Person\", \"name\": \"AFP\"}], \"publisher\": {\"@type\": \"Organization\", \"name\": \"Harbour Post\"}}</script></head>"
                + "<body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY + HTML_BODY + "</article></body></html>", "page.html");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("AFP");
    }

    @Test
    void shouldTakeNoBadgeAsTheSiteAndDropKeyEventsAndTheSharePlea() {
        Article a = parse("LIVE\n" + HEADLINE + "\n\nUpdates as the storm moves north\n\nKey events\n2h ago  Ferry services suspended\n3h ago  Schools closed"
                + "\n\nBy Aoife Brennan\n\n" + BODY + "\n\nShare this live blog");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("2h ago", "Share this live blog");
    }

    @Test
    void shouldDropAPaywalledCommentThreadsNotice() {
        Article a = parse(HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY + "\n\nComments\nPlease note you must be a Harbour Insider to comment.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Comments", "Insider");
    }
}
