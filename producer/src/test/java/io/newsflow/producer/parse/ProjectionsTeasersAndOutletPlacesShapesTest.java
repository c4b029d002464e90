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
 * Shapes met in the two-hundred-and-fifth held-out round (x1263-x1268), on other inputs: a query's projected names (Sanity's
 * GROQ: "authorName", "categoryTitles"); a theme's author box with no heading and its teasers inside links (Zox News's);
 * editors' dotted initials closing a wire story (SANA's); the outlet and a place over the headline (Enab Baladi's).
 */
class ProjectionsTeasersAndOutletPlacesShapesTest {

    @Test
    void shouldReadTheWriterAndTheSectionAQueryProjected() {
        Article a = file("{\"ms\": 9, \"query\": \"*[_type == 'post'][0]\", \"result\": {\"title\": \"" + HEADLINE + "\", \"authorName\":"
                + " \"Owain Pugh\", \"categoryTitles\": [\"Transport\", \"Community\"], \"body\": \"" + BODY.replace("\n", "\\n") + "\"}}", "post.json");
        assertThat(a.getAuthors()).containsExactly("Owain Pugh");
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldDropAnAuthorBoxWithoutAHeadingAndTeasersInsideLinks() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>" + HTML_BODY
                + "<div id=\"mvp-author-box-wrap\"><span><a href=\"/author/fm/\">Fiona McLeod</a></span><p>Fiona McLeod covers the coast.</p></div>"
                + "<div id=\"mvp-post-more-wrap\"><h4><span>You may like</span></h4><ul><li><a href=\"/x/\"><p>Harbour dredging to start"
                + " in spring</p></a></li></ul></div></article></body></html>", "post.html");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("covers the coast", "You may like", "Harbour dredging");
    }

    @Test
    void shouldKeepTheParagraphsALinkLeftOpenHolds() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1><a href=\"/x/\">"
                + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(allText(a)).contains("close the old bridge to cars", "cyclists welcomed it");
    }

    @Test
    void shouldDropEditorsDottedInitialsClosingTheStory() {
        Article a = parse(HEADLINE + "\n\nDamascus, Nov. 30 (SANA) - " + BODY + "\n\nR.J / H.Z");
        assertThat(a.getSource()).isEqualTo("SANA");
        assertThat(allText(a)).doesNotContain("H.Z");
    }

    @Test
    void shouldTakeTheHeadlineUnderTheOutletAndItsPlace() {
        Article a = parse("Kilbrannan Baladi\nNews\nReports\nEconomy\nOpinion\n\nKilbrannan Baladi – Idlib\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Kilbrannan Baladi");
    }
}
