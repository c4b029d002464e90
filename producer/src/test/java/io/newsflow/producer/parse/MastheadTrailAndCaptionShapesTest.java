package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the thirty-third held-out round (x235-x240), each on other names: Czech and
 * Norwegian date stamps, a name and the agency the writer files for, an outlet "with" an agency,
 * the site's name over a trail of crumbs (behind a skip link too), captions closed by their
 * credit, comment counters, tag lines, related labels with a qualifier and paywall prompts.
 */
class MastheadTrailAndCaptionShapesTest {
    private static final String HEADLINE = "Port authority approves new container terminal after two-year review";
    private static final String BODY = "The port authority approved a new container terminal on Tuesday after a two-year review.\n\n"
            + "Construction will start in the spring and the first berth should open in 2028.";

    @Test
    void shouldReadTheDateAndTheNewsRootWhenACzechPageIsStamped() {
        Article a = parse("Zprávy\nKraje\n\n" + HEADLINE + "\n\n14. března 2025 8:05, aktualizováno 9:40\n\nPetra Malá\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-14T08:05:00Z"));
        assertThat(a.getSection()).isEqualTo("Kraje");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getAuthors()).containsExactly("Petra Malá");
        assertThat(allText(a)).doesNotContain("aktualizováno");
    }

    @Test
    void shouldReadTheDateWhenANorwegianStampAbbreviatesDecember() {
        Article a = parse(HEADLINE + "\n\nPublisert 3. des. 2024 kl. 07:30\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-12-03T07:30:00Z"));
        assertThat(allText(a)).doesNotContain("Publisert");
    }

    @Test
    void shouldReadTheWriterAndTheAgencyWhenANameStandsBeforeItsAgency() {
        Article a = parse(HEADLINE + "\n\nMarek Dvořák, ČTK\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Marek Dvořák");
        assertThat(a.getSource()).isEqualTo("ČTK");
        assertThat(allText(a)).doesNotContain("Dvořák");
        // a name and a place is no agency's byline: the line stays the story's
        assertThat(allText(parse(HEADLINE + "\n\n" + BODY + "\n\nMarek Dvořák, Brno"))).contains("Marek Dvořák, Brno");
    }

    @Test
    void shouldReadTheOutletWithoutItsAgencyWhenTheBylineNamesBoth() {
        Article a = parse(HEADLINE + "\n\nby Hürriyet Daily News with AA\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Hürriyet Daily News");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadTheSiteAndTheFirstCrumbWhenTheSitesNameStandsOverItsTrail() {
        Article a = parse("Skip to content\nThe Valley Herald\nLocal News\nSchools\n\n" + HEADLINE + "\n\nBy Dana Ortiz\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Valley Herald");
        assertThat(a.getSection()).isEqualTo("Local News");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        Article camel = parse("nordKurier\nPolitik\nLandtag\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(camel.getSource()).isEqualTo("nordKurier");
        assertThat(camel.getSection()).isEqualTo("Politik");
        // a menu of four items stays a menu
        assertThat(parse("Skip to content\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\n" + BODY).getSection()).isNull();
    }

    @Test
    void shouldDropACaptionWhenItClosesWithItsCredit() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWorkers unload a ship in Izmir, Dec. 1, 2025. (IHA Photo)\n\n"
                + "A crane at the new berth on Tuesday. (Lena Park / The Valley Herald)\n\nThe review took two years.");
        assertThat(allText(a)).doesNotContain("IHA Photo").doesNotContain("Lena Park").contains("The review took two years.");
    }

    @Test
    void shouldDropCountersTagLinesAndPromptsWhenThePageAddsThem() {
        Article a = parse(HEADLINE + "\n\n17 Postings\n\n" + BODY + "\n\nThemen: Hafen, Bahn, Verkehr\n\nKomentáře (4)\n\n"
                + "Most Read Business Stories\n\nUnlock full digital access for 99 cents.\n\nRead 5 articles and earn points\n\nPortline © 2025");
        assertThat(allText(a)).doesNotContain("Postings").doesNotContain("Themen").doesNotContain("Komentáře")
                .doesNotContain("Most Read").doesNotContain("Unlock").doesNotContain("earn points").doesNotContain("©");
        assertThat(a.getSource()).isEqualTo("Portline");
    }

    @Test
    void shouldReadARomanianStampAndDropItsShareAndReadAlsoLines() {
        Article a = parse("Antena3\nEconomie\n\n" + HEADLINE + "\n\nAutor: Ioana Marin\n4 martie 2025, 16:20\n\n"
                + "Distribuie pe Facebook\n\n" + BODY + "\n\nCitește și:");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-04T16:20:00Z"));
        assertThat(a.getSource()).isEqualTo("Antena3");
        assertThat(a.getSection()).isEqualTo("Economie");
        assertThat(allText(a)).doesNotContain("Distribuie").doesNotContain("Citește");
    }

    @Test
    void shouldReadTheHeadlineWhenAPressWiresStampNamesTheIssuer() {
        Article a = parse("March 3, 2025 09:30 ET | Source: Northwind Freight Corp.\n\n" + HEADLINE
                + "\n\nBOSTON, March 3, 2025 (GLOBE NEWSWIRE) -- " + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("GlobeNewswire");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-03T14:30:00Z"));
    }

    @Test
    void shouldDropTheCaptionWhenAPictureLibrarysCreditOpensIt() {
        Article a = parse(HEADLINE + "\n\nBy Dana Ortiz\n\nGetty Images\nCranes at the container terminal in Southampton\n\n"
                + BODY + "\n\nRelated\nMore from the Valley Herald");
        assertThat(allText(a)).doesNotContain("Cranes at").doesNotContain("Getty");
        assertThat(a.getLead()).startsWith("The port authority approved");
        assertThat(a.getSource()).isEqualTo("Valley Herald");
    }

    @Test
    void shouldReadTheMastheadWhenANameWithoutAnOutletsWordStandsOverASectionsTrail() {
        Article a = parse("Corriere della Sera 24\nEconomia\nTrasporti\n\n" + HEADLINE + "\n\n" + BODY + "\n\nLoading...");
        assertThat(a.getSource()).isEqualTo("Corriere della Sera 24");
        assertThat(a.getSection()).isEqualTo("Economia");
        // a place over its trail is no masthead
        assertThat(parse("New Zealand\nPolitics\nElection\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldReadTheOutletAndDropItsLabelsWhenAFinnishPageIsScraped() {
        Article a = parse("Yle Uutiset\nTalous\n\n" + HEADLINE + "\n\nLiisa Korhonen\n3.3.2025 klo 9.05\n\n" + BODY
                + "\n\nLue myös\nAiheet: satamat, talous");
        assertThat(a.getSource()).isEqualTo("Yle Uutiset");
        assertThat(a.getSection()).isEqualTo("Talous");
        assertThat(allText(a)).doesNotContain("Lue myös").doesNotContain("Aiheet");
    }

    @Test
    void shouldReadAHungarianStampAndSectionAndDropItsFurniture() {
        Article a = parse("Gazdaság\n\n" + HEADLINE + "\n\nKovács Anna\n2024. március 5., kedd 08:30\n\nMegosztás\n\n" + BODY
                + "\n\nHirdetés\nKapcsolódó cikkek");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
        assertThat(a.getSection()).isEqualTo("Gazdaság");
        assertThat(allText(a)).doesNotContain("Megosztás").doesNotContain("Hirdetés").doesNotContain("Kapcsolódó");
        // a region over its section is the trail's first crumb, no masthead (nor is a one-word site's name told from it)
        assertThat(parse("Scotland\nPolitics\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldReadTheWriterWhenTheOutletFollowsTheNameInBrackets() {
        Article a = parse(HEADLINE + "\n\nMaya Lestari (The Borneo Post)\nKuching ● Tue, March 4, 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Maya Lestari");
        assertThat(allText(a)).doesNotContain("Borneo Post");
    }

    @Test
    void shouldDropAStampWithATwoDigitYearAndReadItsDateBesideItsClock() {
        Article a = parse(HEADLINE + "\n\nJoost de Vries\n04-03-25, 14:05\nLaatste update: 04-03-25, 16:30\n\n" + BODY
                + "\n\nComentários");
        assertThat(allText(a)).doesNotContain("04-03-25").doesNotContain("Laatste update").doesNotContain("Comentários");
        // a two-digit year is read only right before a clock, between full stops or hyphens alike (since x745-x750)
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-04T14:05:00Z"));
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldReadTheWriterAndTheMastheadWhenAPageOpensWithAnArticleLedName() {
        Article a = parse("El Periódico\nEconomía\n\n" + HEADLINE + "\n\nMarta López | Valencia\n04/03/2025 06:00\n\n" + BODY
                + "\n\nPassend zum Artikel\n\nGet the latest port news updates to your inbox");
        assertThat(a.getSource()).isEqualTo("El Periódico");
        assertThat(a.getSection()).isEqualTo("Economía");
        assertThat(a.getAuthors()).containsExactly("Marta López");
        assertThat(allText(a)).doesNotContain("Marta López").doesNotContain("Passend").doesNotContain("inbox");
        // a place opened by an article is no masthead
        assertThat(parse("Los Angeles\nBusiness\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }
}

