package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eleventh held-out round (x1299-x1304), on other inputs: a category link marked as the
 * article's genre (Joomla's Helix theme); the paper's own news network by its initials (Greater Kashmir's); a short
 * motto under the site's name, of a menu item's shape (The Bhutanese's).
 */
class GenreLinksAndNewsNetworksShapesTest {

    @Test
    void shouldReadTheSectionFromTheArticlesGenreLink() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"article-details\" itemscope itemtype="
                + "\"https://schema.org/Article\"><div class=\"article-header\"><h1 itemprop=\"headline\">" + HEADLINE + "</h1></div><div"
                + " class=\"article-info\"><span class=\"createdby\">Morag Sinclair</span> <span class=\"category-name\"><a href=\"/transport\""
                + " itemprop=\"genre\">Transport</a></span></div><div itemprop=\"articleBody\">" + HTML_BODY + "</div></div></body></html>", "a.html");
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldKeepTheMastheadOverThePapersNewsNetworkByItsInitials() {
        Article a = parse("Kilbrannan Herald\nKashmir\nJammu\nBusiness\nSports\nOpinion\n\n" + HEADLINE
                + "\n\nKH News Network\nSrinagar, Publish Date: Nov 30 2026 11:20AM\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Kilbrannan Herald");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldTakeTheNameOverAShortMottoOverTheMenuBarAsTheMasthead() {
        Article a = parse("The Kilbrannanese\nLeading the way\n\nNews | Business | Opinion | Sports\n\n" + HEADLINE
                + "\n\nTshering Dolkar\nNovember 30, 2026\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("The Kilbrannanese");
    }
}
