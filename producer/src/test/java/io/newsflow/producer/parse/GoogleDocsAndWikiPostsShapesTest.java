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
 * Shapes met in the two-hundred-and-sixty-second held-out round (x1605-x1610), on other inputs: a Google Docs document
 * from its API; a Confluence blog post in storage format; a byline's "By" in an element of its own, glued to the name,
 * and another post's writer in a slider (NewsUp's); a French prompt to leave a comment.
 */
class GoogleDocsAndWikiPostsShapesTest {

    private static String paragraph(String style, String... runs) {
        StringBuilder elements = new StringBuilder();
        for (String run : runs) {
            elements.append(elements.length() > 0 ? ", " : "").append("{\"textRun\": {\"content\": \"").append(run).append("\"}}");
        }
        return "{\"paragraph\": {\"elements\": [" + elements + "], \"paragraphStyle\": {\"namedStyleType\": \"" + style + "\"}}}";
    }

    @Test
    void shouldReadAGoogleDocsDocumentsStyledParagraphsWhenItsApiAnswers() {
        Article a = file("{\"documentId\": \"1xK9\", \"title\": \"FINAL bridge story v3\", \"revisionId\": \"ALBJ\", \"body\": {\"content\": ["
                + "{\"sectionBreak\": {}}, " + paragraph("TITLE", "Old bridge closes to cars\\n") + ", "
                + paragraph("SUBTITLE", "Traders fear for their trade\\n") + ", " + paragraph("NORMAL_TEXT", "By Ana Ruiz\\n") + ", "
                + paragraph("NORMAL_TEXT", "The council voted on Tuesday to close the old bridge to cars, ", "a decision that split the town.\\n")
                + ", " + paragraph("HEADING_2", "What happens next\\n") + ", "
                + paragraph("NORMAL_TEXT", "Traders said the closure would cost them customers, while cyclists welcomed it.\\n") + "]}}", "doc.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getLead()).isEqualTo("Traders fear for their trade");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getBody().get(0).getText()).isEqualTo("The council voted on Tuesday to close the old bridge to cars, a decision that split the town.");
        assertThat(a.getBody()).anyMatch(b -> b.getKind() == BlockKind.HEADING && b.getText().equals("What happens next"));
        assertThat(allText(a)).doesNotContain("FINAL", "By Ana Ruiz");
    }

    @Test
    void shouldReadAConfluencePostsCreatorDateAndTheTextItsMacrosShow() {
        Article a = file("{\"id\": \"88\", \"type\": \"blogpost\", \"title\": \"Old bridge closes to cars\", \"space\": {\"key\": \"COMMS\", "
                + "\"name\": \"Communications\"}, \"history\": {\"createdBy\": {\"displayName\": \"Ana Ruiz\"}, \"createdDate\": "
                + "\"2026-12-05T08:20:31.118Z\"}, \"version\": {\"by\": {\"displayName\": \"Tom Webb\"}, \"when\": \"2026-12-06T09:00:00Z\", "
                + "\"number\": 3}, \"body\": {\"storage\": {\"value\": \"" + HTML_BODY.replace("\"", "\\\"") + "<ac:structured-macro "
                + "ac:name=\\\"info\\\"><ac:parameter ac:name=\\\"title\\\">Note</ac:parameter><ac:rich-text-body><p>Maps are at the "
                + "town hall.</p></ac:rich-text-body></ac:structured-macro><p>See <ac:link><ri:page ri:content-title=\\\"Works\\\" />"
                + "<ac:plain-text-link-body><![CDATA[the works page]]></ac:plain-text-link-body></ac:link> for dates.</p>\"}}}", "post.json");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T08:20:31.118Z");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).contains("Maps are at the town hall.", "See the works page for dates.").doesNotContain("Note");
    }

    @Test
    void shouldReadAGluedLeadInsNameAndNoSlidersWriter() {
        Article a = file("<html><head><title>Old bridge closes to cars</title></head><body><div class=\"post-box\"><h1>Old bridge closes "
                + "to cars</h1><div class=\"media mg-info-author-block\"><div class=\"media-body\"><h4 class=\"media-heading\"><span>By"
                + "</span><a href=\"/author/ana-ruiz/\">Ana Ruiz</a></h4><span class=\"mg-blog-date\">Dec 5, 2026</span></div></div><article>" + HTML_BODY + "</article></div>"
                + "<div class=\"mg-featured-slider\"><h4>Related Post</h4><h4><a href=\"/2026/11/28/meals/\">School meals extended</a></h4>"
                + "<a href=\"/author/tom-webb/\">Tom Webb</a></div></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldDropAFrenchPromptToLeaveAComment() {
        Article a = parse("Le vieux pont fermé aux voitures\n\n" + BODY + "\n\nLaisser un commentaire\nVous devez être connecté pour "
                + "publier un commentaire.\n");
        assertThat(allText(a)).doesNotContain("commentaire");
    }
}
