package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes of small sites' scraped pages met in the nineteenth blind round: a text-size widget with a
 * label, a date line that names the outlet, a breadcrumb under a "News" root, a site's name over its
 * menu, an opinion piece signed only by its closing note, an update stamp with a wire dateline.
 */
class SmallSitePageShapesTest {
    private static final String HEADLINE = "Council confirms cuts to six rural bus routes from April";
    private static final String BODY = "Six subsidised bus routes will stop running on April 6 after the council approved savings.\n\n"
            + "Residents said the decision would leave villages without any service to the hospital.";

    @Test
    void shouldReadNoSectionOrOutletWhenATextSizeWidgetHasALabel() {
        Article a = parse("Font size: A- A+ | Print | Email\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isNull();
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("Font size");
    }

    @Test
    void shouldReadTheDateAndTheOutletWhenADateLineNamesTheOutlet() {
        Article a = parse(HEADLINE + "\n\nMar 4, 2025 | Mining Journal Today\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("Mining Journal Today");
        assertThat(a.getLead()).startsWith("Six subsidised");
    }

    @Test
    void shouldTakeTheSecondCrumbAsSectionWhenABreadcrumbStartsWithNews() {
        Article a = parse(HEADLINE + "\n\nNews > Mining > Copper\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Mining");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        Article twoCrumbs = parse(HEADLINE + "\n\nHome > News > Wales\n\n" + BODY);
        assertThat(twoCrumbs.getSection()).as("a News section with only a title after it").isEqualTo("News");
    }

    @Test
    void shouldNotTakeTheSiteNameAsSectionWhenAMenuStandsBetweenItAndTheHeadline() {
        Article a = parse("Skip to content\nValleys Chronicle\nNews Sport What's On Business Community Contact\n\n"
                + HEADLINE + "\n\nBy Gareth Llewellyn, Local Democracy Reporter\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isNull();
        assertThat(a.getAuthors()).containsExactly("Gareth Llewellyn");
    }

    @Test
    void shouldReadTheWriterWhenAnOpinionPieceClosesWithTheirNote() {
        String note = "Meenakshi Iyer is a research associate at the Centre for Urban Climate Studies in Bengaluru. "
                + "The views expressed are her own.";
        Article a = parse("Indian cities cannot air-condition their way out of heatwaves\n\n" + BODY + "\n\n" + note);
        assertThat(a.getAuthors()).containsExactly("Meenakshi Iyer");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(allText(a)).contains("research associate");
        Article news = parse(HEADLINE + "\n\n" + BODY + "\n\nAndrew Morgan is the leader of the council.");
        assertThat(news.getAuthors()).as("a news story's closing fact about a person").isEmpty();
    }

    @Test
    void shouldDateTheStoryWhenItsWireDatelineNamesTheDayOfTheUpdateStamp() {
        String page = "Cataluña levanta la emergencia por sequía en el área de Barcelona\n\nActualizado 21/01/2025 - 10:42\n\n";
        Article a = parse(page + "Barcelona, 21 ene (EFE).- El Govern ha levantado este martes el estado de emergencia.\n\n"
                + "La decisión permite a los municipios aumentar la dotación de agua.");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-01-21T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("EFE");
        Article later = parse(page + "Barcelona, 20 ene (EFE).- El Govern ha levantado este lunes el estado de emergencia.\n\n"
                + "La decisión permite a los municipios aumentar la dotación de agua.");
        assertThat(later.getPublishedAt()).as("updated the day after it was filed: no publication date").isNull();
    }

    @Test
    void shouldCreditDpaWhenTheCopyrightLineIsDpaInfocoms() {
        Article a = parse("Fähre nach Oslo: Color Line streicht Winterfahrten\n\n"
                + "Die Reederei wird ihre Verbindung zwischen Kiel und Oslo im Winter ausdünnen.\n\n"
                + "Die Stadt wolle mit der Reederei über Alternativen sprechen.\n\n© dpa-infocom, dpa:250214-930-376541/2");
        assertThat(a.getSource()).isEqualTo("dpa");
        assertThat(allText(a)).doesNotContain("dpa-infocom");
    }
}
