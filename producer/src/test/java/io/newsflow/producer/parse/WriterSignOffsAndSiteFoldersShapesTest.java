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
 * Shapes met in the hundred-and-fortieth held-out round (x877-x882), on other pages: a paper's French tagline under its
 * name over its menu, the writer's name closing the text after the byline gave it, a static site's folder of posts
 * given as its section (Hugo's "posts", "Home » Posts") and its description beside the headline, a writer given in
 * parts ({@code first_name}, {@code last_name}), a pointer to the outlet's coverage, and "Relacionados".
 */
class WriterSignOffsAndSiteFoldersShapesTest {

    @Test
    void shouldKeepTheWriterAndTheMastheadWhenTheWritersNameClosesTheText() {
        Article a = parse("Abidjan Soir\nLe quotidien de référence en Côte d'Ivoire\nPolitique\nÉconomie\nSociété\nSports\n\n"
                + "ÉCONOMIE\n\n" + HEADLINE + "\n\nPublié le vendredi 5 décembre 2026 à 09h30 | Par Awa Traoré\n\n" + BODY
                + "\n\nAwa Traoré\n\nSur le même sujet\nLe port bat un record");
        assertThat(a.getSource()).isEqualTo("Abidjan Soir");
        assertThat(a.getAuthors()).containsExactly("Awa Traoré");
        assertThat(allText(a)).doesNotContain("quotidien de référence", "Le port bat");
    }

    @Test
    void shouldNameNoSectionWhenTheMetaAndTheTrailGiveAStaticSitesFolderOfPosts() {
        Article a = file("<html><head><meta property=\"article:section\" content=\"posts\"><meta property=\"og:site_name\" content=\"Gridline\">"
                + "</head><body><main><article class=\"post-single\"><header class=\"post-header\"><div class=\"breadcrumbs\"><a href=\"/\">Home"
                + "</a>&nbsp;»&nbsp;<a href=\"/posts/\">Posts</a></div><h1 class=\"post-title\">" + HEADLINE + "</h1><div class=\"post-description\">"
                + "A visit to the lab.</div></header><div class=\"post-content\">" + HTML_BODY + "</div>"
                + "</article></main></body></html>", "post.html");
        assertThat(a.getSection()).isNull();
        assertThat(a.getLead()).isEqualTo("A visit to the lab.");
    }

    @Test
    void shouldReadAWriterGivenInPartsAndDropAPointerToTheOutletsCoverage() {
        Article a = file("{\"data\":{\"title\":\"" + HEADLINE + "\",\"date_published\":\"2026-12-05T07:00:00.000Z\",\"content\":\"<p>"
                + BODY.replace("\n\n", "</p><div class=\\\"callout\\\"><p>Read our full coverage of the bridge.</p></div><p>") + "</p>\","
                + "\"author\":{\"id\":\"a41f\",\"first_name\":\"Sean\",\"last_name\":\"Gallagher\"},\"category\":{\"name\":\"Maritime\"}}}", "item.json");
        assertThat(a.getAuthors()).containsExactly("Sean Gallagher");
        assertThat(a.getSection()).isEqualTo("Maritime");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("full coverage");
    }

    @Test
    void shouldDropAPortugueseRelatedLabelAndItsLinks() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nRelacionados\nPreço das casas sobe 9% no terceiro trimestre");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Relacionados", "Preço das casas");
    }
}
