package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fortieth held-out round (x1473-x1478), on other inputs: a body as Quill's delta; a
 * block theme's post navigation and list of other posts outside a nav (WordPress's Twenty Twenty-Five), its lone "Written
 * by" and a heading left closing the story; a national agency's bracketed credit ("(MIA)"); an agency's logo of its
 * first syllable and initials ("BelTA").
 */
class QuillDeltasAndBlockThemesShapesTest {

    @Test
    void shouldReadAQuillDeltasLinesAndSkipItsEmbeds() {
        Article a = file("{\"title\": \"Old bridge closes to cars\", \"content\": {\"ops\": [{\"insert\": \"The council voted on Tuesday to close"
                + " the old bridge to cars, a decision that split the town.\\n\"}, {\"insert\": \"What next\"}, {\"insert\": \"\\n\", \"attributes\":"
                + " {\"header\": 2}}, {\"insert\": \"Traders said the closure would cost them \"}, {\"insert\": \"customers\", \"attributes\":"
                + " {\"bold\": true}}, {\"insert\": \", while cyclists welcomed it.\\n\"}, {\"insert\": {\"image\": \"https://cdn.example/a.jpg\"}},"
                + " {\"insert\": \"\\n\"}]}}", "post.json");
        assertThat(a.getBody()).extracting(b -> b.getKind()).containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(allText(a)).contains("cost them customers, while cyclists").doesNotContain("a.jpg");
    }

    @Test
    void shouldLeaveOutABlockThemesPostNavigationOtherPostsAndClosingHeading() {
        Article a = file("<html><body><main><h1 class=\"wp-block-post-title\">Old bridge closes to cars</h1><div class=\"entry-content"
                + " wp-block-post-content\">" + HTML_BODY + "</div><div class=\"wp-block-group\"><p>Written by </p><div class=\"wp-block-post-author-name\">"
                + "<a href=\"/author/ana/\">Ana Ruiz</a></div></div><div class=\"post-navigation-link-previous wp-block-post-navigation-link\">"
                + "<a href=\"/prev/\" rel=\"prev\">Market hall reopens after its roof repairs</a></div><div class=\"wp-block-group\"><h2>More posts"
                + "</h2><div class=\"wp-block-query\"><ul><li><h3><a href=\"/prev/\">Market hall reopens after its roof repairs</a></h3></li></ul>"
                + "</div></div></main></body></html>", "page.html");
        assertThat(allText(a)).doesNotContain("Market hall").doesNotContain("More posts").doesNotContain("Written by");
    }

    @Test
    void shouldTakeANationalAgencysBracketedCreditAndItsNameUnderASyllableLogo() {
        assertThat(parse("Old bridge closes to cars\n\n05.12.2026 14:32\n\n" + BODY + "\n\n(MIA)").getSource()).isEqualTo("MIA");
        assertThat(parse("ValTA\nValley Telegraph Agency\n\nHome  Politics  Economy  Society\n\nOld bridge closes to cars\n\n"
                + "5 December 2026 | 16:05\n\n" + BODY).getSource()).isEqualTo("Valley Telegraph Agency");
    }
}
