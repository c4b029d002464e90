package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-fifty-fourth held-out round (x961-x966), on other pages: a section after the date and a
 * dash ("Dec 5, 2026 - Economy"), an illustration's credit and "Go deeper:"; a site that wraps its post (Hashnode's
 * publication); a social card naming the writer ("twitter:label1" = "Written by") and a subscribe box in the article; a
 * tagline in a nation's possessive ("The Nation's Leading Newspaper") over a shouted menu.
 */
class CardWritersAndDashedSectionsShapesTest {

    @Test
    void shouldReadASectionAfterTheDatesDashAndDropAnIllustrationsCreditAndGoDeeper() {
        Article a = parse("Axios\nLocal\nPolitics\nEconomy\nTechnology\n\nDec 5, 2026 - Economy\n\n" + HEADLINE + "\n\nNathan Bomey\n\n"
                + "Illustration: Brendan Lynch/Axios\n\n" + BODY + "\n\nGo deeper: Hiring slows as companies brace for tariffs");
        assertThat(a.getSection()).isEqualTo("Economy");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Illustration", "Go deeper");
    }

    @Test
    void shouldReadTheOutletFromTheSiteThatWrapsThePost() {
        Article a = file("{\"data\":{\"publication\":{\"title\":\"Cloud Notes\",\"url\":\"https://cloudnotes.example\",\"post\":{\"title\":\""
                + HEADLINE + "\",\"publishedAt\":\"2026-12-04T15:20:00.000Z\",\"content\":{\"html\":\"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p><p>The bridge will reopen to buses in the spring, once its deck is "
                + "repaired.</p>\"}}}}}", "post.json"); // (a body of 200 characters or more: the search's least)
        assertThat(a.getSource()).isEqualTo("Cloud Notes");
    }

    @Test
    void shouldReadTheWriterFromTheSocialCardAndDropASubscribeBox() {
        Article a = file("<html><head><title>" + HEADLINE + "</title><meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Freya Munro\"></head><body><main><h1>" + HEADLINE + "</h1><div id=\"content-blocks\"><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></div><div class=\"subscribe-form\"><h3>Keep reading Island Dispatch</h3>"
                + "<p>Get the weekly briefing in your inbox.</p></div></main></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Freya Munro");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Keep reading", "weekly briefing");
    }

    @Test
    void shouldReadTheNewsRootUnderAShoutedMenuUnderATaglineInANationsPossessive() {
        Article a = parse("Manila Bulletin\nThe Nation's Leading Newspaper\nNEWS\nBUSINESS\nSPORTS\nOPINION\n\nNEWS\n\n" + HEADLINE
                + "\n\nBy Jel Santos\n\nPublished Dec 5, 2026 10:12 am\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Manila Bulletin");
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
