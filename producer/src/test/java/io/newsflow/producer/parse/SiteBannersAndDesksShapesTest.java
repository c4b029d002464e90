package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the thirtieth held-out round (x217-x222), each on other names: a trail written one
 * crumb a line, a desk's "PLACE / OUTLET" line, a desk's credit ("ET Bureau"), a site's closing
 * plug naming itself, a writer working for two outlets, a news root in Dutch, a weather alert over
 * the page, and a tag list whose label ends with a colon.
 */
class SiteBannersAndDesksShapesTest {
    private static final String HEADLINE = "Port authority approves new container terminal after two-year review";
    private static final String BODY = "The port authority approved a new container terminal on Tuesday after a two-year review.\n\n"
            + "Construction will start in the spring and the first berth should open in 2028.";

    @Test
    void shouldTakeTheFirstCrumbAndTheHeadlineWhenATrailStandsOneCrumbALine() {
        Article a = parse("Business\nMarkets\nCommodities\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(allText(a)).doesNotContain("Markets").doesNotContain("Commodities");
    }

    @Test
    void shouldReadTheOutletWhenADeskLineGivesPlaceAndOutletInCapitals() {
        Article a = parse(HEADLINE + "\n\nMADRID / EL MUNDO\n27/11/2025 05:00 h\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("El Mundo");
        // a place over a section is a trail, no outlet
        assertThat(parse("LONDON / POLITICS\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldDropADesksCreditAndReadTheSitesPlugWhenTheyNameNoWriter() {
        Article a = parse(HEADLINE + "\n\nPTI Bureau\n\n" + BODY
                + "\n\n(Catch all the Business News and Latest News Updates on The Hindu BusinessLine.)");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("The Hindu BusinessLine");
        assertThat(allText(a)).doesNotContain("PTI Bureau").doesNotContain("Catch all");
    }

    @Test
    void shouldTakeTheFirstOutletWhenTheWritersNoteNamesTwo() {
        Article a = parse(HEADLINE + "\n\nBy Nina Hartley\n\n" + BODY
                + "\n\nNina Hartley is a senior reporter for The Canberra Times and The Courier.");
        assertThat(a.getSource()).isEqualTo("The Canberra Times");
    }

    @Test
    void shouldReadNewsAndTheSectionWhenADutchNewsRootStandsOverIt() {
        Article a = parse("Nieuws\nTilburg\n\n" + HEADLINE + "\n\nGeschreven door Femke de Wit\nvandaag om 09:15\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Tilburg");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getAuthors()).containsExactly("Femke de Wit");
    }

    @Test
    void shouldDropTheBannerWhenAWeatherAlertStandsOverThePage() {
        Article a = parse("WEATHER ALERT\nFlood Watch in effect until 10 PM Saturday\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("Flood Watch");
    }

    @Test
    void shouldTakeTheFirstCrumbAfterTheRootWhenTheTrailOpensWithHome() {
        Article a = parse("Startseite\nWirtschaft\nUnternehmen\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Wirtschaft");
        assertThat(allText(a)).doesNotContain("Startseite").doesNotContain("Unternehmen");
    }

    @Test
    void shouldReadTheSectionWhenAListedSectionStandsOverTheSitesEditionLine() {
        // x207's "Local News" over "Toledo, OH", left from the twenty-eighth round
        Article a = parse("Skip to main content\nLocal News\nDayton, OH\n\n" + HEADLINE + "\n\nBy Dana Whitfield\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Local News");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("Dayton, OH");
    }

    @Test
    void shouldReadTheMastheadAndTheTrailsFirstCrumbWhenTheyStandOverTheHeadline() {
        Article masthead = parse("DIE ZEIT\nPolitik\nBundestag\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(masthead.getSource()).isEqualTo("Die Zeit");
        assertThat(masthead.getSection()).isEqualTo("Politik");
        Article trail = parse("Scotland\nScottish News\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(trail.getSection()).isEqualTo("Scotland");
        assertThat(trail.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldTakeTheClosingNameAsTheAuthorWhenNoBylineOrOutletNamedOne() {
        Article a = parse(HEADLINE + "\n\nLyon (Rhône), de notre correspondant.\n\n" + BODY + "\n\nJeanne Morel\n\nPublié le 28/11/2025 à 06:00");
        assertThat(a.getAuthors()).containsExactly("Jeanne Morel");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("de notre correspondant");
    }

    @Test
    void shouldDropTheTagsAndReadNoSignatureWhenTheTagLabelEndsWithAColon() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nArchivado en:\nPuertos\nValencia\n");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("Puertos").doesNotContain("Archivado");
    }
}
