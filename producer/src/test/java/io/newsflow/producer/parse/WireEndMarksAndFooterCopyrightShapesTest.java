package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the fifty-sixth held-out round (x373-x378), each on other names: a wire's "(END)" mark closing its
 * text, and a page whose outlet is named only in its footer's copyright.
 */
class WireEndMarksAndFooterCopyrightShapesTest {

    @Test
    void shouldCloseTheTextWhenAWireEndsWithItsEndMark() {
        Article a = parse(HEADLINE + "\n\nBy Lee Min-ji\n\n" + BODY + "\n\n(END)\n\nMore from our newsroom: ferries");
        assertThat(allText(a)).doesNotContain("(END)").doesNotContain("More from our newsroom");
    }

    @Test
    void shouldReadTheOutletWhenOnlyTheFootersCopyrightNamesIt() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"page\"><h2>" + HEADLINE + "</h2>"
                + "<div class=\"article-content\"><p>The council voted on Tuesday to close the old bridge to cars.</p>"
                + "<p>The vote was close, and the works start in May.</p></div></div>"
                + "<footer>© 2025 Valley Courier. All rights reserved.</footer></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("Valley Courier");
    }
}
