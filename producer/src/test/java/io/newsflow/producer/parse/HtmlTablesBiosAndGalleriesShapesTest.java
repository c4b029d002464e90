package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-forty-fourth held-out round (x2695-x2700), HTML stories with things inside their
 * text: inline ads, an audio player, related links mid-story, a hidden "read more" rest, a quoted letter (all read right),
 * and three that were not: a table of results (lost with the table), a bio under "About the author" (kept as text) and a
 * gallery's slide captions (kept as text).
 */
class HtmlTablesBiosAndGalleriesShapesTest {
    private static final String OPENING = "<p>The SNP held the Leith Walk ward in Thursday's Edinburgh council by-election, winning on the "
            + "fourth count.</p><p>Turnout was 24.6 per cent, down from 41 per cent at the last full council election.</p>";

    private static Article story(String inside) {
        return file("<html><head><title>SNP hold Leith Walk</title></head><body><article><h1>SNP hold Leith Walk</h1><div class=\"body\">"
                + OPENING + inside + "</div></article></body></html>", "story.html");
    }

    @Test
    void shouldKeepADataTablesRowsAsParagraphsWhenTheStoryHoldsOne() {
        Article article = story("<table><caption>First preferences</caption><tr><th>Party</th><th>Votes</th></tr><tr><td>SNP</td>"
                + "<td>2,104</td></tr><tr><td>Scottish Greens</td><td>1,310</td></tr></table>");

        assertThat(article.getBody()).extracting(BodyBlock::getText).contains("Party | Votes", "SNP | 2,104", "Scottish Greens | 1,310");
    }

    @Test
    void shouldReadNoRowOfALayoutsTableWhenItsCellsHoldParagraphs() {
        Article article = story("<table><tr><th>Menu</th></tr><tr><td><p>The by-election was called after the resignation of the ward's "
                + "previous councillor in September.</p></td></tr></table>");

        assertThat(article.getBody()).extracting(BodyBlock::getText).noneMatch(t -> t.contains(" | ") || t.equals("Menu"));
    }

    @Test
    void shouldLeaveTheBioAndTheGallerysCaptionsOutWhenTheStoryHoldsThem() {
        Article article = story("<section class=\"about-author\"><h3>About the author</h3><p>Fraser Duncan is the Forth Courier's politics "
                + "reporter.</p></section><div class=\"gallery\"><div class=\"slide\"><p class=\"slide-caption\">The count at the Corn "
                + "Exchange.</p></div></div>");

        assertThat(article.getBody()).extracting(BodyBlock::getText).noneMatch(t -> t.contains("politics reporter") || t.contains("Corn Exchange"));
    }
}
