package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-sixty-sixth held-out round (x1033-x1038), on other pages: a blocks field under "text"
 * whose blocks keep their fields under "content" and an "intro" (Kirby's); a row of hashtags under a post (Bear
 * Blog's); a desk's credit under the byline ("Times staff"); a house's closing lines (a call for readers' views, a
 * newsletter's pitch, an index page's boilerplate).
 */
class BlockFieldsAndHouseLinesShapesTest {

    @Test
    void shouldReadBlocksUnderTextWithTheirFieldsUnderContentAndAnIntroAsTheLead() {
        String[] paragraphs = BODY.split("\n\n");
        Article a = file("{\"result\": {\"title\": \"" + HEADLINE + "\", \"intro\": \"Three projects are on hold.\", \"text\": ["
                + "{\"content\": {\"text\": \"<p>" + paragraphs[0] + "</p>\"}, \"type\": \"text\", \"isHidden\": false}, "
                + "{\"content\": {\"src\": \"a.jpg\", \"caption\": \"A picture\"}, \"type\": \"image\"}, "
                + "{\"content\": {\"text\": \"<p>" + paragraphs[1] + "</p>\"}, \"type\": \"text\"}]}}", "page.json");
        assertThat(a.getLead()).isEqualTo("Three projects are on hold.");
        assertThat(allText(a)).contains("split the town", "cyclists welcomed it").doesNotContain("A picture");
    }

    @Test
    void shouldDropARowOfHashtags() {
        assertThat(allText(parse(HEADLINE + "\n\n" + BODY + "\n\n#birds #town #summer"))).contains("cyclists welcomed it").doesNotContain("#");
        Article a = file("<html><body><main><h1>" + HEADLINE + "</h1>" + HTML_BODY + "<p class=\"tags\"><a href=\""
                + "/blog/?q=birds\">#birds</a></p></main></body></html>", "post.html");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("#birds");
    }

    @Test
    void shouldDropADesksCreditUnderTheByline() {
        Article a = parse(HEADLINE + "\n\nBy Sarah Delaney\nTimes staff\nPublished Dec. 4, 2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Sarah Delaney");
        assertThat(allText(a)).doesNotContain("Times staff");
    }

    @Test
    void shouldDropAHousesClosingLines() {
        Article a = parse(HEADLINE + "\n\nBy Ben Christopher\nDecember 5, 2026\n\n" + BODY + "\n\nWe want to hear from you. Share your thoughts on "
                + "this story.\nGet the Harbour Post FREE to your inbox every weekday morning with the Morning Tide.\nGet Latest Business News "
                + "along with Latest News and Top Headlines from India and around the world.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("hear from you", "inbox", "Latest Business News");
    }
}
