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
 * Shapes met in the hundred-and-forty-second held-out round (x889-x894), on other pages: a byline's parts parted by
 * slashes with no "By" ("La Razón Digital / Carla Mendoza / La Paz") beside a trail of the same shape, a site's domain
 * credited under the story, a masthead with a window title's description after a dash, comment counters, prompts and
 * policies, and a Joomla trail's label.
 */
class SlashedBylinesAndCommentPoliciesShapesTest {

    @Test
    void shouldReadTheWriterAmongTheDeskAndThePlaceWhenSlashesPartThem() {
        Article a = parse("Economía\n\n" + HEADLINE + "\n\nEl Diario Digital / Ana Rojas / Sucre\n05 de diciembre de 2026 / 10:32\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ana Rojas");
        assertThat(allText(a)).doesNotContain("Sucre");
    }

    @Test
    void shouldReadATrailNotAWriterWhenOneOfItsPlacesHoldsTheOther() {
        Article a = parse("Salzburg / Stadt Salzburg\n\n" + HEADLINE + "\n\nAndrea Wimmer\n05. Dezember 2026, 09:14 Uhr\n\n" + BODY
                + "\n\nKommentare (3)\nJetzt anmelden und mitdiskutieren");
        assertThat(a.getAuthors()).containsExactly("Andrea Wimmer");
        assertThat(a.getSection()).isEqualTo("Salzburg");
        assertThat(allText(a)).doesNotContain("mitdiskutieren");
    }

    @Test
    void shouldKeepTheMastheadWhenTheStoryCreditsTheSitesDomain() {
        Article a = parse("Citi Newsroom\nHome\nNews\nBusiness\nPolitics\nSports\n\n" + HEADLINE + "\n\nDecember 5, 2026\nCiti Newsroom\n\n"
                + BODY + "\n\nSource: citinewsroom.com\n\nClick the link below to join our WhatsApp Channel for all the latest news");
        assertThat(a.getSource()).isEqualTo("Citi Newsroom");
        assertThat(allText(a)).doesNotContain("WhatsApp");
    }

    @Test
    void shouldReadTheNameBeforeAWindowTitlesDescriptionAndDropTheCommentsBlock() {
        Article a = parse("Colombo Mirror - Sri Lanka Latest Breaking News and Headlines\nHome\nNews\nBusiness\nSports\nOpinion\n\n"
                + "Business News\n\n" + HEADLINE + "\n\nBy Nishel Fernando\n\n" + BODY + "\n\nComments - 0\n\nAdd comment\nComments will be"
                + " edited (grammar, spelling and slang) and authorized at the discretion of Colombo Mirror online.");
        assertThat(a.getSource()).isEqualTo("Colombo Mirror");
        assertThat(a.getSection()).isEqualTo("Business News");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Comments", "Add comment");
    }

    @Test
    void shouldLeaveOutATrailsLabelWhenJoomlaWritesItAsTheFirstItem() {
        Article a = file("<html><body><nav aria-label=\"Breadcrumbs\"><ol class=\"breadcrumb\"><li>Aktuelle Seite: &#160;</li><li><a href=\"/\">"
                + "Startseite</a></li><li><a href=\"/lokales\">Lokales</a></li><li>" + HEADLINE + "</li></ol></nav><div itemprop=\"articleBody\">"
                + "<h2 itemprop=\"headline\">" + HEADLINE + "</h2>" + HTML_BODY + "</div></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("Lokales");
    }
}
