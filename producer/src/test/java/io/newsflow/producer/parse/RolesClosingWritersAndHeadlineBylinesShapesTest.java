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
 * Shapes met in the hundred-and-eighty-ninth held-out round (x1167-x1172), on other inputs: a writer's role after the
 * name and a comma ("Senior Staff Writer"), no outlet; a closing note naming the writer ("(This article was written
 * by ...)"); a byline in the element right after an HTML headline, with no byline class (China Daily's); a news API's
 * categories labelled "label".
 */
class RolesClosingWritersAndHeadlineBylinesShapesTest {

    @Test
    void shouldTakeARoleAfterTheNameForNoOutlet() {
        Article a = parse("Harbour Post\nNews\nSport\nOpinion\nBusiness\n\n" + HEADLINE + "\n\nBy Aoife Brennan, Senior Staff Writer\nNovember 30, 2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Aoife Brennan");
        assertThat(a.getSource()).isEqualTo("Harbour Post");
    }

    @Test
    void shouldReadTheWriterFromAClosingNote() {
        Article a = parse(HEADLINE + "\n\nNovember 30, 2026\n\n" + BODY + "\n\n(This article was written by Owen Pryce, a staff writer.)");
        assertThat(a.getAuthors()).containsExactly("Owen Pryce");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("written by");
    }

    @Test
    void shouldReadABylineRightAfterTheHeadline() {
        Article a = file("<html><body><div class=\"main\"><h1>" + HEADLINE + "</h1><div class=\"info\"><span>By OWEN PRYCE in Harbourtown | Harbour "
                + "Daily | Updated: 2026-11-30 08:12</span></div><div id=\"Content\">" + HTML_BODY + HTML_BODY + "</div></div></body></html>", "page.html");
        assertThat(a.getAuthors()).containsExactly("Owen Pryce");
        assertThat(a.getSource()).isEqualTo("Harbour Daily");
    }

    @Test
    void shouldTakeACategorysLabelAsTheSection() {
        Article a = file("{\"stories\": [{\"title\": \"" + HEADLINE + "\", \"body\": \"" + BODY.replace("\n", "\\n") + "\", \"categories\": [{\"id\": "
                + "\"ay.auto\", \"label\": \"Transportation\", \"score\": 0.93}]}]}", "stories.json");
        assertThat(a.getSection()).isEqualTo("Transportation");
    }
}
