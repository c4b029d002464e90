package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-second held-out round (x1365-x1370), on other inputs: a forum's topic with
 * its replies (Discourse's); Central Asian agencies' mastheads: an address and what it is ("24.kg news agency"), "News
 * Agency" under the name, a menu of countries and desks, "Tajikistan news" in sentence case, the name again over the
 * stamp, a reuse notice (24.kg's, Kazinform's, Asia-Plus's), and the site's name alone over its menu (Daryo's).
 */
class ForumTopicsAndAgencyMastheadsShapesTest {

    @Test
    void shouldReadAForumTopicsFirstPostWithoutItsReplies() {
        Article a = file("{\"title\": \"Old bridge closes to cars\", \"created_at\": \"2026-12-01T09:00:00Z\", \"post_stream\": {\"posts\": ["
                + "{\"post_number\": 1, \"name\": \"Ana Ruiz\", \"username\": \"aruiz\", \"cooked\": \"" + HTML_BODY + "\"},"
                + "{\"post_number\": 2, \"name\": \"Reader\", \"username\": \"reader1\", \"cooked\": \"<p>About time, the queues on the old bridge "
                + "were getting longer every single week and nobody in the council seemed to notice at all.</p>\"}]}}", "topic.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("About time");
    }

    @Test
    void shouldReadAnAddressWithWhatItIsAsTheMastheadAndASectionBesideTheStamp() {
        Article a = parse("valley.kg news agency\n\nSociety | Economy | Politics | Incidents | Sport\n\nOld bridge closes to cars\n\n"
                + "The town votes to shut it\n\nSociety\n05/12/2026 14:37\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("valley.kg");
        assertThat(a.getSection()).isEqualTo("Society");
    }

    @Test
    void shouldTakeTheNameOverAnAgencyTaglineAndAMenuOfCountries() {
        Article a = parse("Valleyinform\nInternational News Agency\n\nKazakhstan World Economy Society Sport\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valleyinform");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
    }

    @Test
    void shouldTakeTheNameAsWrittenOverTheStampAndDropTheReuseNotice() {
        Article a = parse("VALLEY-Plus\nTajikistan news\n\nNews Tajikistan Central Asia Economy Life\n\nOld bridge closes to cars\n\n"
                + "Valley-Plus\nDec 4, 2026, 16:05\n\n" + BODY + "\n\nAny use of Valley-Plus materials requires a hyperlink to the source.");
        assertThat(a.getSource()).isEqualTo("Valley-Plus");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("hyperlink", "Tajikistan news");
    }

    @Test
    void shouldNotTakeTheSitesNameAloneOverItsMenuForTheSection() {
        Article a = parse("Valleyo\n\nUzbekistan | Central Asia | World | Business | Sports\n\nOld bridge closes to cars\n\n05.12.2026, 10:14\n\n"
                + BODY + "\n\nFollow Valleyo on Telegram");
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldKeepATitleCaseHeadlineOfMenuWordsAndAPlace() {
        Article a = parse("World Sport And Business Leaders Meet In Geneva\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("World Sport And Business Leaders Meet In Geneva");
    }
}
