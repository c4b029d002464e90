package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixty-ninth held-out round (x1647-x1652), on other inputs: a Dotclear post (the
 * blog's name in the banner's h1, the post's title in an h2 of a block marked as an article, its category in the post's
 * info line, a feed titled "Atom 1.0"); a trail of two crumbs in capitals over the headline ("ISÈRE - GRENOBLE").
 */
class BannerTitlesAndShoutedTrailsShapesTest {
    private static final String PAGE = "<html><head><title>Old bridge closes to cars - Riverside Notebook</title><link rel=\"alternate\" "
            + "type=\"application/atom+xml\" title=\"Atom 1.0\" href=\"/index.php?feed/atom\"></head><body><header role=\"banner\"><h1><span>"
            + "<a href=\"https://example.org/index.php?\">Riverside Notebook</a></span></h1></header><div class=\"post\" role=\"article\">"
            + "<h2 class=\"post-title\">Old bridge closes to cars</h2><p class=\"post-info\">Par <a href=\"/\">Ana Ruiz</a>, samedi 5 décembre "
            + "2026 à 11:20 :: <a href=\"/index.php?category/Routes\">Routes</a></p><div class=\"post-content\">" + HTML_BODY
            + "<p>Engineers found cracks in two of its piers in the summer.</p></div></div></body></html>";

    @Test
    void shouldReadThePostsTitleNotTheBannersHeading() {
        assertThat(file(PAGE, "post.html").getTitle()).isEqualTo("Old bridge closes to cars");
    }

    @Test
    void shouldNameTheSiteFromTheBannersHomeLinkNotItsFeedsFormat() {
        assertThat(file(PAGE, "post.html").getSource()).isEqualTo("Riverside Notebook");
    }

    @Test
    void shouldReadTheCategoryInThePostsInfoLine() {
        assertThat(file(PAGE, "post.html").getSection()).isEqualTo("Routes");
    }

    @Test
    void shouldReadATrailInCapitalsAsItsFirstCrumb() {
        Article a = parse("Le Courrier des Alpes\n\nIsère | Savoie | Sports\n\nISÈRE - GRENOBLE\n\nGrenoble : le vieux pont fermé aux voitures\n\n"
                + "Le Courrier des Alpes - 05 déc. 2026 à 07:15\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Isère");
    }
}
