package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-ninety-second held-out round (x1185-x1190), on other inputs: a numbered rail ("Top 10
 * Stories") after the writer's closing signature; a paper's plea under "A Message from X:"; a newsletter's prompts and
 * feedback poll on its web page; a dek written as the heading after the headline, saying what the page's description says.
 */
class NewsletterPleasAndNumberedRailsShapesTest {

    private static final String TOP = HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY;

    @Test
    void shouldDropANumberedRailAndTheSignatureBeforeIt() {
        Article a = parse(TOP + "\n\nAoife Brennan\naoife@harbourpost.example\n\nTop 10 Stories\n1. Ferry fares frozen for islanders\n"
                + "2. Harbour bridge to close for repairs");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Top 10", "Ferry fares", "aoife@");
    }

    @Test
    void shouldDropAPaperPleaUnderAMessageFromIt() {
        Article a = parse(TOP + "\n\nA Message from The Harbour Post:\nDear readers,\nWe are facing unprecedented challenges and"
                + " need your help to keep reporting.\nSupport The Harbour Post!\nContribute today");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("A Message from", "Dear readers", "Contribute");
    }

    @Test
    void shouldDropANewslettersPromptsAndPollOnItsPage() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY
                + "<p>Enjoying The Harbour Brief? Forward it to a friend.</p><p>What did you think of today's edition?</p>"
                + "<p>Loved it · It was ok · Not for me</p></article></body></html>", "post.html");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Enjoying", "today's edition", "Loved it");
    }

    @Test
    void shouldReadTheHeadingAfterTheHeadlineAsTheLeadWhenThePageDescribesItSo() {
        String dek = "The council's plan closes the bridge to cars from March.";
        Article a = file("<html><head><title>" + HEADLINE + "</title><meta name=\"description\" content=\"" + dek + "\"></head><body>"
                + "<article><h1>" + HEADLINE + "</h1><h2>" + dek + "</h2>" + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(a.getLead()).isEqualTo(dek);
        assertThat(a.getBody()).noneMatch(b -> b.getText().equals(dek));
    }

    @Test
    void shouldKeepTheHeadingAfterTheHeadlineWhenThePageDescribesSomethingElse() {
        Article a = file("<html><head><title>" + HEADLINE + "</title><meta name=\"description\" content=\"A town split.\"></head><body>"
                + "<article><h1>" + HEADLINE + "</h1><h2>What the council decided</h2>" + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(a.getLead()).isNotEqualTo("What the council decided");
        assertThat(allText(a)).contains("What the council decided");
    }
}
