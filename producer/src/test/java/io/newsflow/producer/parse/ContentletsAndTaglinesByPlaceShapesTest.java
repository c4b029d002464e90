package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-sixty-seventh held-out round (x1039-x1044), on other pages: a content API's list under
 * "entity" with a {@code postingDate} and categories as {key: name} (dotCMS's contentlets); "Categories:" before a
 * category's link (Jekyll's Minimal Mistakes); a site's own name in its byline ("By The Irrawaddy"); a tagline known
 * only by its place between the site's name and its menu; "Lea más", "Related reading:".
 */
class ContentletsAndTaglinesByPlaceShapesTest {

    @Test
    void shouldReadAContentletsPostingDateAndACategoryGivenAsKeyAndName() {
        Article a = file("{\"entity\": {\"contentlets\": [{\"title\": \"" + HEADLINE + "\", \"blogContent\": \"<p>" + BODY.replace("\n\n", "</p><p>")
                + "</p>\", \"author\": \"Ivana Horvat\", \"postingDate\": \"2026-12-04 10:15:00.0\", \"categories\": [{\"energy\": \"Energy\"}]}]}, "
                + "\"errors\": []}", "contentlets.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T10:15:00Z"));
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldReadACategorysLinkAfterItsLabel() {
        Article a = file("<html><body><article><h1>" + HEADLINE + "</h1><section>" + HTML_BODY + "</section>"
                + "<footer><p><strong>Tags: </strong><span><a href=\"/tags/#coast\" rel=\"tag\">coast</a></span></p><p><strong>Categories: "
                + "</strong><span><a href=\"/categories/#energy\" rel=\"tag\">Energy</a></span></p></footer></article></body></html>", "post.html");
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldDropABylineNamingTheSiteItselfAndATaglineKnownByItsPlace() {
        Article a = parse("Harbour Courier\nStories from the Northern Coast\nNews\nSpecials\nPodcast\nVideos\nDonate\n\n" + HEADLINE
                + "\n\nBy Harbour Courier\n5 December 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Harbour Courier");
        assertThat(a.getSection()).isNull();
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("By Harbour Courier", "Northern Coast");
    }

    @Test
    void shouldDropRelatedLabelsInSpanishAndEnglish() {
        Article a = parse(HEADLINE + "\n\nBy Ana Lima\n5 December 2026\n\n" + BODY + "\n\nLea más\nTipo de cambio cierra la semana a la baja"
                + "\n\nRelated reading:\nMangrove loss slows in Southeast Asia, study finds");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Lea más", "Tipo de cambio", "Related reading", "Mangrove");
    }
}
