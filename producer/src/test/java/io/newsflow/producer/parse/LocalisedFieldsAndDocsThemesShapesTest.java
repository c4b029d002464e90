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
 * Shapes met in the hundred-and-sixty-first held-out round (x1003-x1008), on other pages: a category list given per
 * locale (Squidex's {"iv": [...]}); a heading's permalink ("¶"); a documentation theme's post (Material for MkDocs: the
 * site's name in its header, the writer's profile card in the post's sidebar, "in" a category's link); a translation's
 * closing credit to its writer and a tagline ending "Since 1922".
 */
class LocalisedFieldsAndDocsThemesShapesTest {

    @Test
    void shouldReadTheFirstCategoryOfAListGivenPerLocale() {
        Article a = file("{\"data\": {\"title\": {\"iv\": \"" + HEADLINE + "\"}, \"text\": {\"iv\": \"" + HTML_BODY + "\"}, \"category\": "
                + "{\"iv\": [\"Energy\", \"Coast\"]}}, \"status\": \"Published\"}", "item.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldDropAHeadingsPermalink() {
        Article a = file("<html><body><article><h1 id=\"wind\">" + HEADLINE + "<a class=\"headerlink\" href=\"#wind\" title=\"Permanent link\">"
                + "&para;</a></h1>" + HTML_BODY + "<h2 id=\"next\">What comes next<a class=\"headerlink\" href=\"#next\">&para;</a></h2>"
                + "<p>The council will vote again in March, after a public consultation.</p></article></body></html>", "page.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(allText(a)).contains("What comes next", "public consultation").doesNotContain("¶");
    }

    @Test
    void shouldReadADocsThemesSiteNameProfileCardAndCategoryLink() {
        Article a = file("<html><head><title>" + HEADLINE + " - Seabird Notes</title></head><body><header><div class=\"md-header__topic\">"
                + "<span class=\"md-ellipsis\">Seabird Notes</span></div><div class=\"md-header__topic\"><span class=\"md-ellipsis\">" + HEADLINE
                + "</span></div></header><nav class=\"md-nav\"><ul class=\"md-tabs\"><li><a href=\"/category/energy/\">Energy</a></li></ul>"
                + "<div class=\"md-post__authors\"><div class=\"md-profile\"><span class=\"md-author\"><img src=\"a.jpg\" alt=\"Ines Vermeulen\">"
                + "</span><span class=\"md-profile__description\"><strong>Ines Vermeulen</strong><br>Field ecologist</span></div></div>"
                + "<span class=\"md-ellipsis\">in <a href=\"/category/counts/\">Counts</a></span></nav><article><h1>" + HEADLINE + "</h1>"
                + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Seabird Notes");
        assertThat(a.getAuthors()).containsExactly("Ines Vermeulen");
        assertThat(a.getSection()).isEqualTo("Counts");
    }

    @Test
    void shouldReadATranslationsCreditToItsWriterAndATaglineWithItsFoundingYear() {
        Article a = parse("The Harbour Daily\nThe Coast's Leading Daily Since 1887\nTop\nLocal\nWorld\nBusiness\nSports\n\n" + HEADLINE
                + "\n\nDecember 5, 2026\n\n" + BODY + "\n\n(Japanese original by Kenji Tanaka, Fukuoka Business News Department)");
        assertThat(a.getSource()).isEqualTo("The Harbour Daily");
        assertThat(a.getAuthors()).containsExactly("Kenji Tanaka");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("original by", "Since 1887");
    }
}
