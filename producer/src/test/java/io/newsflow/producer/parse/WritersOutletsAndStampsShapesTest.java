package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.DeskAndReviewPageShapesTest.BODY;
import static io.newsflow.producer.parse.DeskAndReviewPageShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes the twenty-first and the twenty-third to twenty-seventh held-out sets (x165-x170,
 * x177-x206) met, on the writer, the outlet and the date: a writer's closing note that makes the
 * piece opinion, an agency in brackets or signing off in lower case, a wire's correction label and
 * sign-off, a blog's breadcrumb, a sports desk and a byline's venue, a dateline in capitals, writer,
 * outlet and date on one line, an outlet under an unsigned byline, an outlet with a digit, a stamp
 * with a reading time or the month between full stops, a masthead over its section label, a wire
 * and India's time zone under the headline.
 */
class WritersOutletsAndStampsShapesTest {

    @Test
    void shouldReadAnOpinionWhenTheWritersClosingNoteSaysTheViewsAreTheirOwn() {
        Article a = parse(HEADLINE + "\n\nBy Amélie Fournier | 28 November 2025\n\n" + BODY
                + "\n\nAmélie Fournier is a former French trade negotiator. The views expressed in this article are her own.");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(a.getAuthors()).containsExactly("Amélie Fournier");
        // a news story's closing note about its writer is no opinion
        Article news = parse(HEADLINE + "\n\nBy Amélie Fournier | 28 November 2025\n\n" + BODY
                + "\n\nAmélie Fournier is the editorial director of Harbour Weekly.");
        assertThat(news.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
    }

    @Test
    void shouldTakeTheAgencyWhenTheBylineNamesItInBrackets() {
        Article a = parse(HEADLINE + "\n\nAutor: Katarzyna Nowicka (PAP)\nData publikacji: 27.11.2025, 14:20\n\n" + BODY
                + "\n\nkno/ mmu/");
        assertThat(a.getAuthors()).containsExactly("Katarzyna Nowicka");
        assertThat(a.getSource()).isEqualTo("PAP");
        assertThat(allText(a)).doesNotContain("kno/");
        // a writer's post in brackets is still no outlet
        assertThat(parse(HEADLINE + "\n\nPar Jean Dupont (Vienne, correspondant)\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldDropAWiresCorrectionLabelItsSignOffAndAGallerysCounter() {
        Article a = parse("Correction appended\n\n" + HEADLINE + "\n\nJAKARTA, Nov 28 (AFP) - " + BODY
                + "\n\n1 of 12\n\nburs-dan/mtp");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(allText(a)).doesNotContain("Correction appended", "1 of 12", "burs-dan");
    }

    @Test
    void shouldTakeTheCategoryWhenABreadcrumbStartsWithTheBlog() {
        Article a = parse("Home » Blog » Electric Vehicles\n\n" + HEADLINE + "\n\nNovember 29, 2025 by Ingrid Solberg\n\n"
                + BODY + "\n\nAbout the author\nIngrid Solberg is a freelance journalist based in Oslo.\n\n"
                + "Filed Under: Electric Vehicles, Norway\nTagged With: EV sales, Tesla");
        assertThat(a.getSection()).isEqualTo("Electric Vehicles");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
        assertThat(allText(a)).doesNotContain("About the author", "Tagged With", "Filed Under");
    }

    @Test
    void shouldReadTheWriterAndNoOutletWhenASportsDeskNamesItsCompetitionAndTheBylineItsVenue() {
        Article a = parse("Football | Premier League\n\n" + HEADLINE + "\n\nBy Tom Whitaker at the Emirates Stadium\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Football");
        assertThat(a.getSource()).isNull();
        assertThat(a.getAuthors()).containsExactly("Tom Whitaker");
    }

    @Test
    void shouldReadNoWriterWhenADatelineInCapitalsGivesItsDayWhereABylineHasItsOutlet() {
        Article a = parse(HEADLINE + "\n\nSAN FRANCISCO, Nov 20 — Nvidia on Wednesday reported record revenue, and its "
                + "shares rose.\n\n" + BODY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isNull();
        // an inline byline's outlet with a number is still an outlet
        Article inline = parse(HEADLINE + "\n\nJane DOE, Channel 4: " + BODY);
        assertThat(inline.getAuthors()).containsExactly("Jane Doe");
        assertThat(inline.getSource()).isEqualTo("Channel 4");
    }

    @Test
    void shouldReadTheWriterOutletAndDateWhenTheyShareOneLineWithoutBy() {
        Article a = parse("Canada·New\n\n" + HEADLINE + "\n\nMike Crawley · CBC News · Posted: Nov 27, 2025 4:00 AM EST | "
                + "Last Updated: 3 hours ago\n\n" + BODY + "\n\nSocial Sharing");
        assertThat(a.getAuthors()).containsExactly("Mike Crawley");
        assertThat(a.getSource()).isEqualTo("CBC News");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-27T09:00:00Z"));
        assertThat(allText(a)).doesNotContain("Social Sharing");
    }

    @Test
    void shouldReadTheOutletWhenItStandsOnTheLineUnderAnUnsignedByline() {
        Article a = parse(HEADLINE + "\n\nBy BRIAN OKINDA\nNation Media Group\n\nPublished on Nov 26, 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Brian Okinda");
        assertThat(a.getSource()).isEqualTo("Nation Media Group");
        Article roleAndHandle = parse(HEADLINE + "\n\nBy: Jeannette I. Andrade - Reporter / @jiandradeINQ\n\n" + BODY);
        assertThat(roleAndHandle.getAuthors()).containsExactly("Jeannette I. Andrade");
        assertThat(roleAndHandle.getSource()).isNull();
        Article comma = parse(HEADLINE + "\n\nElla Stewart, Local Democracy Reporter\n\n" + BODY);
        assertThat(comma.getAuthors()).containsExactly("Ella Stewart");
    }

    @Test
    void shouldTakeAnOutletWithADigitFirstOnTheLabelLine() {
        Article a = parse("News24 | South Africa | Politics\n\n" + HEADLINE + "\n\n" + BODY
                + "\n\nJoin ST's WhatsApp Channel and get the latest news.");
        assertThat(a.getSource()).isEqualTo("News24");
        assertThat(a.getSection()).isEqualTo("Politics");
        assertThat(allText(a)).doesNotContain("WhatsApp Channel");
    }

    @Test
    void shouldReadTheDateWhenAStampGluesAReadingTimeOrWritesTheMonthBetweenFullStops() {
        Article french = parse(HEADLINE + "\n\nPar Elodie Blogie\nPublié le 26/11/2025 à 06:00 Temps de lecture: 3 min\n\n" + BODY);
        assertThat(french.getPublishedAt()).isEqualTo(Instant.parse("2025-11-26T06:00:00Z"));
        assertThat(allText(french)).doesNotContain("Temps de lecture");
        Article folha = parse(HEADLINE + "\n\nLuciana Ribeiro\nBrasília\n26.nov.2025 às 18h45\n\n" + BODY
                + "\n\nReceba notícias no WhatsApp");
        assertThat(folha.getPublishedAt()).isEqualTo(Instant.parse("2025-11-26T18:45:00Z"));
        assertThat(allText(folha)).doesNotContain("WhatsApp");
    }

    @Test
    void shouldTakeTheAgencyWhenItSignsOffInLowerCaseBeforeItsEditorsInitials() {
        Article a = parse(HEADLINE + "\n\nPublié à 14:32\nModifié à 16:05\n\n" + BODY + "\n\nats/vajo");
        assertThat(a.getSource()).isEqualTo("ATS");
        assertThat(allText(a)).doesNotContain("ats/vajo", "Publié à", "Modifié à");
    }

    @Test
    void shouldReadTheMastheadAsSourceWhenItStandsOverTheSectionLabel() {
        Article a = parse("ABC News\nFederal Politics\n\n" + HEADLINE + "\n\nBy political reporter Tom Crowley\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("ABC News");
        assertThat(a.getSection()).isEqualTo("Federal Politics");
        assertThat(a.getAuthors()).containsExactly("Tom Crowley");
    }

    @Test
    void shouldReadTheWireAndIndiasZoneWhenTheStampAndTheAgencyStandUnderTheHeadline() {
        Article wire = parse(HEADLINE + "\n\nKYODO\nNov 21, 2025\n\n" + BODY);
        assertThat(wire.getSource()).isEqualTo("Kyodo");
        Article india = parse("NATIONAL\n\n" + HEADLINE + "\n\nUpdated - November 26, 2025 09:41 pm IST - NEW DELHI\n\n"
                + "Krishnadas Rajagopal\n\n" + BODY + "\n\nPublished - November 26, 2025 06:15 pm IST");
        assertThat(india.getAuthors()).containsExactly("Krishnadas Rajagopal");
        assertThat(india.getPublishedAt()).isEqualTo(Instant.parse("2025-11-26T12:45:00Z"));
        assertThat(allText(india)).doesNotContain("NEW DELHI");
    }
}
