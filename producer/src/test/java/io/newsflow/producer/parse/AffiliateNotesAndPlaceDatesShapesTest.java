package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-fifty-seventh held-out round (x979-x984), on other pages: an affiliate disclosure and a
 * channel's pitch; a writer named in parts beside a job title (ButterCMS); the footer's copyright line apart from its
 * links, and "Aktuelles" as a news root (TYPO3); "Author of the article:" over the name; a town and a date in brackets
 * alone on a line (Reforma's dateline) and a Spanish paywall line.
 */
class AffiliateNotesAndPlaceDatesShapesTest {

    @Test
    void shouldDropAnAffiliateDisclosureAndAChannelsPitch() {
        Article a = parse(HEADLINE + "\n\nby Jess Weatherbed\nDec 5, 2026, 9:00 AM EST\n\nIf you buy something from a Verge link, Vox Media "
                + "may earn a commission. See our ethics statement.\n\n" + BODY + "\n\nThe Wire is now on WhatsApp. Follow our channel for "
                + "sharp analysis and opinions on the latest developments.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Verge link", "WhatsApp");
    }

    @Test
    void shouldReadAWritersNameInPartsBeforeTheirJobTitle() {
        Article a = file("{\"data\":{\"title\":\"" + HEADLINE + "\",\"published\":\"2026-12-05T07:00:00Z\",\"body\":\"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\",\"author\":{\"first_name\":\"Lena\",\"last_name\":\"Vogt\",\"title\":\"Reporter\"}}}",
                "post.json");
        assertThat(a.getAuthors()).containsExactly("Lena Vogt");
    }

    @Test
    void shouldReadTheFootersCopyrightLineApartFromItsLinksAndAktuellesAsANewsRoot() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><ol class=\"breadcrumb\"><li><a href=\"/\">Startseite</a></li>"
                + "<li><a href=\"/aktuelles\">Aktuelles</a></li><li>Pressemitteilungen</li></ol><h1>" + HEADLINE + "</h1><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p><footer><p>© 2026 Stadt Neustadt</p><ul><li><a href=\"/impressum\">Impressum</a></li>"
                + "<li><a href=\"/datenschutz\">Datenschutz</a></li></ul></footer></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("Stadt Neustadt");
        assertThat(a.getSection()).isEqualTo("Pressemitteilungen");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadATownAndDateDatelineAloneAndDropAnAuthorLabelAndAPaywallLine() {
        Article a = parse(HEADLINE + "\n\nAuthor of the article:\nVerónica Gascón\n\nCd. de México (05 diciembre 2026).-\n\n" + BODY
                + "\n\nPara ver este contenido es necesario suscribirse");
        assertThat(a.getAuthors()).containsExactly("Verónica Gascón");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Author of", "Cd. de México", "suscribirse");
    }
}
