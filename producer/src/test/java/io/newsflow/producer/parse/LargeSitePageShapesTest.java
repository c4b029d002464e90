package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Plain-text shapes of large sites' pages, found by the held-out pages written after the HTML
 * rounds (2026-11-30): a menu one item per line, a reporter's name over the desk that employs
 * them, a stamp block with its place, clock and type label, a share column after the stamps, a
 * site's address as masthead, an agency byline in capitals, a photographer's credit line; and
 * from a second held-out set: a header of taglines and account links above the headline, an
 * archive notice between kicker and headline, a logo opening the menu, a writer's initials before
 * the agency.
 */
class LargeSitePageShapesTest {

    @Test
    void shouldSkipTheMenuAndReadTheDeskWhenAMenuIsWrittenOneItemPerLine() {
        Article a = parse("Home\nNews\nSport\nBusiness\nCulture\n\n" + HEADLINE + "\n\n2 days ago\nShare\nSave\n\n"
                + "Tomos Morgan\nBBC Wales News\n\nGetty Images\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Tomos Morgan");
        assertThat(a.getSource()).isEqualTo("BBC Wales News");
        assertThat(allText(a)).doesNotContain("Culture").doesNotContain("Getty");
    }

    @Test
    void shouldReadTheStampBlockAndDropTheShareColumnWhenAnAgencyPageHasThem() {
        Article a = parse("ANSA.it\nEconomia\nIndustria\n\n" + HEADLINE + "\n\nRedazione ANSA\nTORINO\n22 novembre 2024\n17:38\nNEWS\n\n"
                + "Suggerisci\nFacebook\nX\nWhatsapp\nInvia\n\n" + BODY + "\n\nRIPRODUZIONE RISERVATA © Copyright ANSA");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Economia");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSource()).isEqualTo("ANSA");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-11-22T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("TORINO").doesNotContain("17:38").doesNotContain("Suggerisci")
                .doesNotContain("Invia");
    }

    @Test
    void shouldStartAtTheHeadlineOverTheBylineWhenASiteHeaderHoldsTaglinesAndAccountLinks() {
        Article a = parse("Bloomberg\nConnecting decision makers to a dynamic network of information, people and ideas\n"
                + "For Customers\nBloomberg Anywhere Remote Login\nSoftware Updates\n\nMarkets\n\n" + HEADLINE + "\n\n"
                + "By Bastian Benrath-Wright\nNovember 22, 2024 at 7:00 AM GMT+1\n\n" + BODY
                + "\n\n(Updates with analyst comment in third paragraph.)\n\nMost Read from Bloomberg");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Bastian Benrath-Wright");
        assertThat(a.getSection()).isEqualTo("Markets");
        assertThat(allText(a)).doesNotContain("Connecting").doesNotContain("Software").doesNotContain("Updates with");
    }

    @Test
    void shouldReadTheKickerAndTheNamedPlaceBylineWhenAnArchiveNoticeStandsAboveTheHeadline() {
        Article a = parse("Skip to main contentSkip to navigation\nPrint subscriptions\nSign in\nNews\nOpinion\nSport\n\n"
                + "Germany\n\nThis article is more than 1 month old\n\n" + HEADLINE + "\n\n"
                + "Unions warn of the biggest walkout at the company in decades\n\nKate Connolly in Berlin\n"
                + "Sat 23 Nov 2024 10.00 GMT\nShare\n\n" + BODY + "\n\nExplore more on these topics\nGermany\nEurope\n"
                + "Reuse this content");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Germany");
        assertThat(a.getArticleType()).as("'News' was a menu word").isEqualTo(ArticleType.UNKNOWN);
        assertThat(a.getAuthors()).containsExactly("Kate Connolly");
        assertThat(allText(a)).doesNotContain("Print subscriptions").doesNotContain("more than 1 month")
                .doesNotContain("Explore more").doesNotContain("Reuse");
    }

    @Test
    void shouldTakeTheLogoAsOutletAndTheInitialsCreditAsAgencyWhenAGermanPageClosesWithThem() {
        Article a = parse("DER SPIEGEL\nMenü\nAbo\nAnmelden\nStartseite\n\nWirtschaft\n\n" + HEADLINE + "\n\nVon Benjamin Bidder\n"
                + "22.11.2024, 11.03 Uhr\n\n" + BODY + "\n\nbid/dpa\n\nMehr lesen über\nEnergiewende\nStrompreise");
        // a logo in capitals is written in natural case, as every other source is
        assertThat(a.getSource()).isEqualTo("Der Spiegel");
        assertThat(allText(a)).doesNotContain("bid/dpa").doesNotContain("Strompreise");
    }

    @Test
    void shouldWaitForTheBylineWhenTheSiteHeaderCarriesTodaysDate() {
        Article a = parse("Skip to contentSkip to site index\nSection Navigation\nClimate and Environment\n"
                + "Subscribe for $1/weekLog in\nFriday, November 22, 2024\nToday’s Paper\n\nClimate and Environment\n\n"
                + "Supported by\n\n" + HEADLINE + "\n\nSatellite data show clearing dropped 30 percent in the year to July.\n\n"
                + "Share full article\n\nBy Manuela Andreoni\nReporting from Rio de Janeiro\n\nNov. 22, 2024\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Climate and Environment");
        assertThat(a.getAuthors()).containsExactly("Manuela Andreoni");
        assertThat(allText(a)).doesNotContain("Subscribe for").doesNotContain("Reporting from").doesNotContain("Share full");
    }

    @Test
    void shouldReadBylinesWithPlacesPostsAndHandlesWhenLargeSitesWriteThemSo() {
        assertThat(parse(HEADLINE + "\n\nSilvia Sciorilli Borrelli in Milan and Owen Walker in London\n\n"
                + "Published November 25 2024\n\n" + BODY).getAuthors()).containsExactly("Silvia Sciorilli Borrelli", "Owen Walker");
        assertThat(parse(HEADLINE + "\n\nPar Jean-Baptiste Chastand (Vienne, correspondant régional)\n"
                + "Publié le 25 novembre 2024 à 10h12\n\n" + BODY).getAuthors()).containsExactly("Jean-Baptiste Chastand");
        assertThat(parse(HEADLINE + "\n\nKif Leswing@in/kifleswing/@KifLeswing\n\n" + BODY).getAuthors())
                .containsExactly("Kif Leswing");
    }

    @Test
    void shouldTakeTheAgencyInNaturalCaseAndDropTheCreditWhenALocalSiteRunsWireCopy() {
        Article a = parse("NATIONAL NEWS\n\n" + HEADLINE + "\n\nASSOCIATED PRESS\nNov 21, 2024 Updated Nov 21, 2024\n\n"
                + "Jennifer Buchanan/The Seattle Times/AP\n\n" + BODY + "\n\n© IE Online Media Services Pvt Ltd");
        assertThat(a.getSource()).isEqualTo("Associated Press");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("Buchanan");
    }
}
