package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundredth held-out round (x1233-x1238), on other inputs: Magnolia's page and its area of
 * components; a story's toolbar of print, mail and font-size buttons (Joomla K2's); a note that the story is also in
 * another language; "via MTI" closing a story under a byline that only names the site.
 */
class AreasCreditsAndToolbarsShapesTest {

    @Test
    void shouldReadTheTextsOfAMagnoliaAreaInTheirOrder() {
        Article a = file("{\"@name\": \"bridge\", \"@nodeType\": \"mgnl:page\", \"title\": \"" + HEADLINE + "\", \"main\": {\"@nodeType\":"
                + " \"mgnl:area\", \"0\": {\"text\": \"<p>The council voted on Tuesday to close the old bridge to cars.</p>\"}, \"1\":"
                + " {\"image\": \"jcr:8a7b\"}, \"2\": {\"text\": \"<p>Cyclists welcomed it, the mayor said after the vote.</p>\"},"
                + " \"@nodes\": [\"0\", \"1\", \"2\"]}, \"@nodes\": [\"main\"]}", "page.json");
        assertThat(allText(a)).contains("close the old bridge to cars", "Cyclists welcomed it, the mayor said");
    }

    @Test
    void shouldDropAStorysToolbar() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"itemView\"><h2 class=\"itemTitle\">" + HEADLINE
                + "</h2><div class=\"itemToolbar\"><ul><li><a>Print</a></li><li><span>font size</span><a>decrease font size</a>"
                + "<a>increase font size</a></li></ul></div><div class=\"itemFullText\">" + HTML_BODY + "</div></div></body></html>", "item.html");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("font size");
    }

    @Test
    void shouldDropANoteThatTheStoryIsInAnotherLanguageToo() {
        Article a = parse(HEADLINE + "\n\nBy Peter Kováč\nNovember 30, 2026\n\n" + BODY + "\n\nThis article is also available in Slovak.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("available in Slovak");
    }

    @Test
    void shouldTakeTheAgencyAViaCreditNamesOverABylineOfTheSitesName() {
        Article a = parse("Hungary Today\nPolitics\nEconomy\nSociety\nCulture\n\n" + HEADLINE + "\n\nHungary Today\n2026.11.30.\n\n" + BODY
                + "\n\nvia MTI, featured image via Budapest Airport");
        assertThat(a.getSource()).isEqualTo("MTI");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("via MTI");
    }
}
