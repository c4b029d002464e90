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
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-sixtieth held-out round (x997-x1002), on other pages: a read-it-later export's
 * "published_by" (wallabag's); a documentation site's brand in its navigation bar (Docusaurus', Bootstrap's); a writer
 * and their paper after a comma over the date stamp ("Jan Novotný, Právo"); a tagline naming a country's and its
 * region's news over the menu; Swedish "Läs mer".
 */
class ReadItLaterExportsAndStampedBylinesShapesTest {

    @Test
    void shouldReadAReadItLaterExportsPublishedByAsTheWriters() {
        Article a = file("[{\"id\": 77, \"title\": \"" + HEADLINE + "\", \"url\": \"https://harbour.example.org/wind\", \"content\": \"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\", \"published_at\": \"2026-12-01T09:00:00+01:00\", \"published_by\": "
                + "[\"Ines Vermeulen\", \"Tom Baert\"], \"domain_name\": \"harbour.example.org\", \"tags\": []}]", "export.json");
        assertThat(a.getAuthors()).containsExactly("Ines Vermeulen", "Tom Baert");
        assertThat(allText(a)).contains("cyclists welcomed it");
    }

    @Test
    void shouldReadTheBrandInTheNavigationBarAsTheSite() {
        String page = "<html><head><title>" + HEADLINE + " | Seabird</title></head><body><nav class=\"navbar\"><a class=\"navbar-brand\" "
                + "href=\"/\"><img src=\"/logo.svg\" alt=\"\"><span>Seabird</span></a><a href=\"/docs\">Docs</a></nav><main><article>"
                + "<h1>" + HEADLINE + "</h1>" + HTML_BODY + "</article></main></body></html>";
        assertThat(file(page, "post.html").getSource()).isEqualTo("Seabird");
        assertThat(file(page.replace("navbar-brand", "navbar__brand").replace("<span>", "<b class=\"navbar__title\">")
                .replace("</span>", "</b>"), "post.html").getSource()).isEqualTo("Seabird");
    }

    @Test
    void shouldReadAWriterAndTheirPaperOverTheStampAndDropASwedishReadMore() {
        Article a = parse(HEADLINE + "\n\nMarta Kovářová, Deník\n3. 12. 2026 10:15\n\n" + BODY + "\n\nLäs mer\nBostadspriserna steg i november");
        assertThat(a.getAuthors()).containsExactly("Marta Kovářová");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Deník", "Läs mer", "Bostadspriserna");
    }

    @Test
    void shouldTakeATaglineNamingACountrysAndItsRegionsNewsAsTheMastheadsNotTheMenusItems() {
        Article a = parse("Island Times\nBarbados and Caribbean News\nHome\nNews\nLocal News\nBusiness\nSports\nEditorial\n\nLocal News\n\n"
                + HEADLINE + "\n\nBy Kiana Wilburg\nDecember 5, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Island Times");
        assertThat(a.getSection()).isEqualTo("Local News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
    }
}
