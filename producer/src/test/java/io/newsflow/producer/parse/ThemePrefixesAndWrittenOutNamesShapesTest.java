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
 * Shapes met in the two-hundred-and-second held-out round (x1245-x1250), on other inputs: a news API's byline field
 * (Perigon's) and an empty field before the one that holds the text; a theme's prefixed classes and ids for the writer
 * and the site's title (ColorMag's); an agency's logo over its name written out, over the menu (WAFA's).
 */
class ThemePrefixesAndWrittenOutNamesShapesTest {

    @Test
    void shouldReadTheWriterFromANewsApisBylineField() {
        Article a = file("{\"articles\": [{\"title\": \"" + HEADLINE + "\", \"authorsByline\": \"Nadia Persaud\", \"content\": \""
                + BODY.replace("\n", "\\n") + "\", \"pubDate\": \"2026-11-30T13:45:00+00:00\"}]}", "perigon.json");
        assertThat(a.getAuthors()).containsExactly("Nadia Persaud");
    }

    @Test
    void shouldTakeTheNextLeadFieldWhenTheFirstIsEmpty() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"summary\": \"\", \"description\": \"The bridge closes to cars in March.\","
                + " \"content\": \"" + BODY.replace("\n", "\\n") + "\", \"pubDate\": \"2026-11-30T13:45:00+00:00\"}", "story.json");
        assertThat(a.getLead()).isEqualTo("The bridge closes to cars in March.");
    }

    @Test
    void shouldReadTheWriterAndTheSiteFromAThemesPrefixedNames() {
        Article a = file("<html><head><title>" + HEADLINE + " &#8211; Kilbrannan Voice</title></head><body><header><h3 id=\"cm-site-title\">"
                + "<a href=\"/\">Kilbrannan Voice</a></h3></header><article><h1 class=\"cm-entry-title\">" + HEADLINE + "</h1><div class="
                + "\"cm-below-entry-meta\"><span class=\"cm-author cm-vcard\"><a class=\"url fn n\" href=\"/author/tk/\">Tom Keast</a></span>"
                + "</div>" + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(a.getAuthors()).containsExactly("Tom Keast");
        assertThat(a.getSource()).isEqualTo("Kilbrannan Voice");
    }

    @Test
    void shouldNotTakeABodysUnitForAWriter() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1><div class=\"metadata-author\">"
                + "<span>Communications Unit</span></div>" + HTML_BODY + "</article></body></html>", "page.html");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldTakeTheAgencysNameWrittenOutUnderItsLogoOverTheMenu() {
        Article a = parse("KILNA\nKilbrannan News & Info Agency\n\nHome\nLocal\nArab\nInternational\nEconomy\n\n" + HEADLINE
                + "\n\nKILBRANNAN, Monday, November 30, 2026 (KILNA) - " + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Kilbrannan News & Info Agency");
        assertThat(a.getSection()).isNull();
    }
}
