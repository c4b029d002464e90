package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixty-fourth held-out round (x1617-x1622), on other inputs: an article in the BBC's
 * Optimo block model; NPR's Content Distribution Service documents with their assets; TypePad's "Posted by ... on ...
 * in ..." footer; a masthead over "Diario de Mendoza"; El Siglo's "Escrito en:" tag line.
 */
class OptimoBlocksAndCdsDocumentsShapesTest {

    private static String text(String... paragraphs) {
        StringBuilder blocks = new StringBuilder();
        for (String p : paragraphs) {
            blocks.append(blocks.length() > 0 ? ", " : "").append("{\"type\": \"paragraph\", \"model\": {\"text\": \"").append(p).append("\"}}");
        }
        return "{\"type\": \"text\", \"model\": {\"blocks\": [" + blocks + "]}}";
    }

    @Test
    void shouldReadAnOptimoArticlesNestedBlocks() {
        Article a = file("{\"metadata\": {\"locators\": {\"canonicalUrl\": \"https://example.org/news/articles/c0x9\"}, \"firstPublished\": "
                + "1796464800000, \"passport\": {\"category\": {\"categoryName\": \"Local\"}}}, \"content\": {\"model\": {\"blocks\": ["
                + "{\"type\": \"headline\", \"model\": {\"blocks\": [" + text("Old bridge closes to cars") + "]}}, "
                + "{\"type\": \"byline\", \"model\": {\"blocks\": [{\"type\": \"contributor\", \"model\": {\"blocks\": [{\"type\": \"name\", "
                + "\"model\": {\"blocks\": [" + text("Ana Ruiz") + "]}}, {\"type\": \"role\", \"model\": {\"blocks\": ["
                + text("Riverside News, Lakeshore") + "]}}]}}]}}, {\"type\": \"image\", \"model\": {\"blocks\": [{\"type\": \"caption\", "
                + "\"model\": {\"blocks\": [" + text("The bridge in the snow") + "]}}]}}, "
                + text("The council voted on Tuesday to close the old bridge to cars, a decision that split the town.",
                        "Traders said the closure would cost them customers, while cyclists welcomed it.")
                + ", {\"type\": \"links\", \"model\": {\"blocks\": [" + text("Ferry fares frozen") + "]}}]}}}", "article.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("Riverside News");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T10:00:00Z");
        assertThat(a.getSection()).isEqualTo("Local");
        assertThat(allText(a)).contains("a decision that split the town").doesNotContain("in the snow", "Ferry fares");
    }

    @Test
    void shouldReadEachCdsDocumentFromItsLayoutsTextAssetsAndItsBylinesAssets() {
        String document = "{\"id\": \"%s\", \"title\": \"%s\", \"publishDateTime\": \"2026-12-05T05:00:00-05:00\", \"bylines\": [{\"href\": "
                + "\"#/assets/1\"}], \"layout\": [{\"href\": \"#/assets/2\"}, {\"href\": \"#/assets/3\"}, {\"href\": \"#/assets/4\"}], "
                + "\"assets\": {\"1\": {\"profiles\": [{\"href\": \"/v1/profiles/byline\"}], \"name\": \"Ana Ruiz\"}, \"2\": {\"profiles\": "
                + "[{\"href\": \"/v1/profiles/text\"}], \"text\": \"" + HTML_BODY.replace("\"", "\\\"").replace("</p><p>", "</p>\"}, \"4\": "
                + "{\"profiles\": [{\"href\": \"/v1/profiles/text\"}], \"text\": \"<p>") + "\"}, \"3\": {\"profiles\": [{\"href\": "
                + "\"/v1/profiles/promo-card\"}], \"linkText\": \"Ferry fares frozen\"}}}";
        String answer = "{\"resources\": [" + document.formatted("1", "Old bridge closes to cars") + ", "
                + document.formatted("2", "New bridge opens") + "]}";
        List<ParseOutcome> out = outcomes(answer, "cds.json");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof ParseOutcome.Parsed);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(first.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(first.getPublishedAt()).hasToString("2026-12-05T10:00:00Z");
        assertThat(allText(first)).contains("split the town", "cyclists welcomed it").doesNotContain("Ferry fares");
    }

    @Test
    void shouldReadTheWriterAPostsFooterNames() {
        Article a = file("<html><head><title>Riverside Notebook: Old bridge closes to cars</title></head><body><h1 id=\"banner-header\">"
                + "Riverside Notebook</h1><div class=\"date-header\">December 05, 2026</div><div class=\"entry\"><h3 class=\"entry-header\">"
                + "Old bridge closes to cars</h3><div class=\"entry-body\">" + HTML_BODY + "<p>Engineers found cracks in two of its piers in the "
                + "summer.</p></div><div class=\"entry-footer\"><p><span "
                + "class=\"post-footers\">Posted by <a href=\"/profile/aruiz\">Ana Ruiz</a> on December 05, 2026 at 10:15 AM in <a "
                + "href=\"/roads/\">Roads</a></span> | <a class=\"permalink\" href=\"/p.html\">Permalink</a></p></div></div><div "
                + "class=\"comments\"><div class=\"comment\"><p>Glad to have it back.</p><p class=\"comment-footer\">Posted by: Tom R. | "
                + "December 05, 2026 at 11:02 AM</p></div></div></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldReadTheMastheadOverItsPapersPlaceAndDropATagLine() {
        Article a = parse("Los Andes\nDiario de Mendoza\n\nSociedad | Política | Economía | Deportes\n\nEl viejo puente cierra al tráfico\n\n"
                + "Por Ana Ruiz\n5 de diciembre de 2026\n\n" + BODY + "\n\nEscrito en: Torreón transporte público Movilidad\n");
        assertThat(a.getSource()).isEqualTo("Los Andes");
        assertThat(allText(a)).doesNotContain("Escrito en");
    }
}
