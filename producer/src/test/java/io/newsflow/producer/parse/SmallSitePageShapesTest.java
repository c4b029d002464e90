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
        Article headlineCrumb = parse(HEADLINE + "\n\nHome > News > Council confirms cuts to six rural bus routes\n\n" + BODY);
        assertThat(twoCrumbs.getSection()).as("a short crumb after the News root").isEqualTo("Wales");
        assertThat(headlineCrumb.getSection()).as("a headline after the News root").isEqualTo("News");
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

    @Test
    void shouldReadTheAuthorAndDateWhenAStampLineJoinsDateBylineAndReadingTime() {
        Article a = parse(HEADLINE + "\n\n14 January 2025 | by Linda Ozola | 2 min read\n\n" + BODY + "\n\nSource: LETA");
        assertThat(a.getAuthors()).containsExactly("Linda Ozola");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-01-14T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("LETA");
        assertThat(allText(a)).doesNotContain("min read");
    }

    @Test
    void shouldReadThePublicationTimeWhenAnUpdateStampSaysWhenItWasFirstPublished() {
        Article a = parse(HEADLINE + "\n\nUpdated January 20 2025 - 5:21pm, first published 5:00pm\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-01-20T17:00:00Z"));
        Article italian = parse(HEADLINE + "\n\nUltimo aggiornamento: 10 marzo 2025, 18:32\n\n" + BODY);
        assertThat(italian.getPublishedAt()).as("an update stamp alone").isNull();
    }

    @Test
    void shouldReadThePressReleaseWhenItHasAReleaseLabelDatelineBoilerplateAndContacts() {
        Article a = parse("FOR IMMEDIATE RELEASE\n\nUniversity of Bergen researchers map microplastics in Norwegian fjords\n\n"
                + "BERGEN, Norway — March 3, 2025 — Researchers at the University of Bergen have published a map.\n\n"
                + "The study sampled sediment at 64 sites between Stavanger and Ålesund.\n\n"
                + "About the University of Bergen\nThe University of Bergen is an international research university.\n\n"
                + "Media contact:\nKari Solheim, Communications Officer\n+47 555 00 000 | kari.solheim@uib.no\n\n###");
        assertThat(a.getSection()).isNull();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("University of Bergen");
        assertThat(allText(a)).doesNotContain("IMMEDIATE").doesNotContain("Media contact").doesNotContain("kari.solheim");
    }

    @Test
    void shouldDropTheNoticeWhenAFrenchPaywallSentenceClosesThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCet article est réservé aux abonnés");
        assertThat(allText(a)).doesNotContain("abonnés");
    }

    @Test
    void shouldReadTheSectionWhenATrailOfTwoShortCrumbsStandsUnderTheHeadline() {
        Article a = parse(HEADLINE + "\n\nSport / Football\n\nBy Tom Hughes\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Sport");
        assertThat(allText(a)).doesNotContain("Football");
        assertThat(parse(HEADLINE + "\n\nTom Hughes / Reuters\n\n" + BODY).getSection()).as("a person over an outlet").isNull();
    }

    @Test
    void shouldDropTheWiresFooterWhenItClosesTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nAnadolu Agency website contains only a portion of the news stories "
                + "offered to subscribers in the AA News Broadcast System.");
        assertThat(allText(a)).doesNotContain("portion of the news");
    }

    @Test
    void shouldReadTheWireAndDateWhenTheCanadianPressFooterClosesTheStory() {
        Article a = parse(HEADLINE + "\n\nOTTAWA — " + BODY + "\n\nThis report by The Canadian Press was first published Dec. 3, 2024.");
        assertThat(a.getSource()).isEqualTo("The Canadian Press");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-12-03T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("This report by");
    }

    @Test
    void shouldReadTheAgencyWhenAGermanBylineNamesItInLowerCase() {
        Article a = parse(HEADLINE + "\n\nVon Lars Hinrichsen, dpa\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Lars Hinrichsen");
        assertThat(a.getSource()).isEqualTo("dpa");
        assertThat(parse("Partager | Tweeter | Imprimer\n\n" + HEADLINE + "\n\n" + BODY).getSection()).isNull();
    }
}

