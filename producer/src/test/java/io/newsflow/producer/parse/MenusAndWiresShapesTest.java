package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes found by the eleventh and twelfth blind rounds (2026-11-30): a site's name among its menu
 * words, a Nordic page's furniture and byline, a press release from a wire, a comment form after
 * the story; a French page's day-first stamp, a related block that ends with its block, a
 * reservation line before the outlet, an outlet named only in a self-promotion; EFE's dateline, a
 * Danish update stamp, an interview's byline and the writer's closing note, a wire's contacts
 * footer, WordPress's category line (thirteenth round).
 */
class MenusAndWiresShapesTest {

    @Test
    void shouldTakeTheOutletNotTheTitleWhenTheSiteNameStandsAmongMenuWords() {
        Article a = parse("Skip to main content\nTechLedger\nSubscribe\nSign in\n\nAI\n\n" + HEADLINE + "\n\n"
                + "Image credit: Infineon\n\n" + BODY + "\n\nMore from TechLedger\nThe EU Chips Act, two years on\n"
                + "Inside ASML's race to ship High-NA machines\n\n12 comments");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("TechLedger");
        assertThat(a.getSection()).as("an acronym keeps its capitals").isEqualTo("AI");
        assertThat(allText(a)).doesNotContain("Image credit").doesNotContain("More from").doesNotContain("ASML")
                .doesNotContain("comments");
    }

    @Test
    void shouldNameTheOutletFromAMoreFromLabelWhenNothingElseDoes() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMore from The Harbour Times\nFerry fares rise again");
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
        assertThat(allText(a)).doesNotContain("Ferry fares");
    }

    @Test
    void shouldReadTheSectionAuthorAndAgencyWhenASwedishPageHasItsMenusAndByline() {
        Article a = parse("Meny\nSök\nLogga in\n\nEkonomi\n\n" + HEADLINE + "\n\nPublicerad 7 november 2024 kl. 09.30\n\n"
                + "Dela\nFacebook\nX\nMejla\n\nThe lead says what happened.\n\nAv: Karin Holmberg/TT\n\n" + BODY
                + "\n\nLäs också: Bolåneräntorna faller\n\nÄmnen\nRiksbanken\nRäntor");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Ekonomi");
        assertThat(a.getLead()).as("the X of the share column is no lead").isEqualTo("The lead says what happened.");
        assertThat(a.getAuthors()).containsExactly("Karin Holmberg");
        assertThat(a.getSource()).isEqualTo("TT");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-11-07T09:30:00Z"));
        assertThat(allText(a)).doesNotContain("Mejla").doesNotContain("Läs också").doesNotContain("Ämnen")
                .doesNotContain("Räntor").doesNotContain("Logga");
    }

    @Test
    void shouldTakeTheWireAsSourceAndNoAuthorWhenAPressReleaseNamesItsProvider() {
        Article a = parse("News provided by\nNordic Battery Systems AB\nOct 09, 2024, 08:00 ET\n\n" + HEADLINE
                + "\n\nShare this article\n\nSTOCKHOLM, Oct. 9, 2024 /PRNewswire/ -- " + BODY
                + "\n\nMedia contact:\nJohan Berg, Head of Communications\n+46 70 123 45 67\n\nSOURCE Nordic Battery Systems AB");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("PR Newswire");
        assertThat(allText(a)).doesNotContain("provided by").doesNotContain("Media contact").doesNotContain("+46");
    }

    @Test
    void shouldTakeTheProviderAsSourceWhenAPressReleaseHasNoWireDateline() {
        assertThat(parse("News provided by\nNordic Battery Systems AB\n\n" + HEADLINE + "\n\n" + BODY).getSource())
                .isEqualTo("Nordic Battery Systems AB");
    }

    @Test
    void shouldDropTheCommentFormAndKeepTheAgencyWhenTheyFollowTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nLeave a Reply Cancel reply\n"
                + "Your email address will not be published. Required fields are marked *\nComment *\nName *\nEmail *\n"
                + "Save my name, email, and website in this browser for the next time I comment.");
        assertThat(allText(a)).doesNotContain("Reply").doesNotContain("email").doesNotContain("Name *");
        Article lusa = parse(HEADLINE + "\n\n" + BODY + "\n\nLeia também\nGoverno aprova expansão do porto de Leixões\n\nLusa");
        assertThat(lusa.getSource()).as("the agency signing the story is no linked headline").isEqualTo("Lusa");
        assertThat(allText(lusa)).doesNotContain("Leixões");
    }

    @Test
    void shouldReadTheDayFirstWhenAFrenchPageWritesItsDateWithSlashes() {
        Article a = parse(HEADLINE + "\n\nPublié le 07/10/2024 à 18h05\nModifié le 08/10/2024 à 07h12\n\n"
                + "Par Jean-Baptiste LE GALL\n\nLecture : 3 min\n\n" + BODY
                + "\n\nCet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans notre appli.");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-10-07T18:05:00Z"));
        assertThat(a.getAuthors()).as("an article opening a surname keeps its capital").containsExactly("Jean-Baptiste Le Gall");
        assertThat(a.getSource()).as("the outlet a self-promotion names").isEqualTo("Ouest-France");
        assertThat(allText(a)).doesNotContain("Modifié").doesNotContain("utile");
    }

    @Test
    void shouldKeepTheOutletWhenARelatedBlockAndAReservationLineComeBeforeIt() {
        Article a = parse(HEADLINE + "\n\ndi Giulia ROSSI\n\n" + BODY + "\n\nLeggi anche\nPorto di Genova, traffico in calo"
                + "\n\nRiproduzione riservata ©\nIl Secolo XIX");
        assertThat(a.getSource()).isEqualTo("Il Secolo XIX");
        assertThat(a.getAuthors()).containsExactly("Giulia Rossi");
        assertThat(allText(a)).doesNotContain("traffico").doesNotContain("Riproduzione");
    }

    @Test
    void shouldReadTheTimeWhenItStandsInItsOwnSegmentAfterTheDate() {
        Article a = parse("Startseite › Wirtschaft › Energie\n\n" + HEADLINE + "\n\n07.10.2024 | 14:20 Uhr\n\n"
                + "Artikel anhören\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-10-07T14:20:00Z"));
        assertThat(a.getSection()).isEqualTo("Wirtschaft");
    }

    @Test
    void shouldTakeTheAgencyAndTheDatelineDayWhenAnEfeStoryHasOnlyAnUpdateStamp() {
        Article a = parse("Economía\n\n" + HEADLINE + "\n\nActualizado: 07/10/2024 - 14:20h\n\nRedacción\n\n"
                + "Madrid, 7 oct (EFE).- " + BODY + "\n\nNoticia relacionada\nEl puerto de Valencia bate su récord\n\nComentarios");
        assertThat(a.getSource()).isEqualTo("EFE");
        assertThat(a.getPublishedAt()).as("the dateline's day, the stamp's year: not the update's time")
                .isEqualTo(Instant.parse("2024-10-07T00:00:00Z"));
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("Redacción").doesNotContain("récord").doesNotContain("Comentarios");
        assertThat(parse(HEADLINE + "\n\nOpdateret 8. okt. 2024 kl. 10.02\n\nAf Mette Kjærgaard, Ritzau\n\nDel artikel\n\n"
                + BODY).getPublishedAt()).as("a Danish update stamp, no dateline: no publication date").isNull();
    }

    @Test
    void shouldReadTheInterviewerAndTheOutletWhenTheWritersNoteClosesThePage() {
        Article a = parse("Interview\n\n" + HEADLINE + "\n\nInterview by Anna Berg | 9 October 2024\n\nListen\n\n" + BODY
                + "\n\nAnna Berg is a correspondent for Harbour Energy Review.");
        assertThat(a.getAuthors()).containsExactly("Anna Berg");
        assertThat(a.getSource()).isEqualTo("Harbour Energy Review");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-10-09T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("Listen").doesNotContain("Interview by");
        assertThat(parse(HEADLINE + "\n\n" + BODY + "\n\nIeva Kalniņa is a lecturer at Riga Stradiņš University.").getSource())
                .as("a writer's other work names no outlet").isNull();
    }

    @Test
    void shouldTakeTheReporterAndDropTheContactsWhenAWireStoryEndsWithThem() {
        Article a = parse(HEADLINE + "\n\n(Bloomberg) -- " + BODY + "\n\nTo contact the reporter on this story:\n"
                + "Kati Pohjanpalo in Helsinki at kpohjanpalo@bloomberg.example\n\n"
                + "To contact the editors responsible for this story:\nEric Pfanner at epfanner@bloomberg.example\n\n©2024 Bloomberg L.P.");
        assertThat(a.getAuthors()).containsExactly("Kati Pohjanpalo");
        assertThat(a.getSource()).as("the outlet, not its company's legal form").isEqualTo("Bloomberg");
        assertThat(allText(a)).doesNotContain("contact").doesNotContain("@");
    }

    @Test
    void shouldReadTheSectionWhenWordPressNamesTheCategoryAboveTheTitle() {
        Article a = parse("Posted in Shipping News | Comments Off on " + HEADLINE + "\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Shipping News");
    }

    @Test
    void shouldReadAPortugueseBlogsBylineDateAndFurnitureWhenItsLabelsArePortuguese() {
        Article a = parse("Início » Energia » " + HEADLINE + "\n\n" + HEADLINE + "\n\nPublicado por Ana Rita Sousa | 05/11/2024\n\n"
                + BODY + "\n\nPartilhe este artigo\nFacebook\nTwitter\n\nEtiquetas: energia solar, REN, APREN");
        assertThat(a.getSection()).isEqualTo("Energia");
        assertThat(a.getAuthors()).containsExactly("Ana Rita Sousa");
        assertThat(a.getPublishedAt()).as("day first beside 'Publicado'").isEqualTo(Instant.parse("2024-11-05T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("Partilhe").doesNotContain("Etiquetas");
    }

    @Test
    void shouldReadBothReportersWhenAnInlineBylineNamesTwo() {
        Article a = parse(HEADLINE + "\nIngrid HAUGE and Lars Erik MOEN, Fish Farming Today: " + BODY);
        assertThat(a.getAuthors()).containsExactly("Ingrid Hauge", "Lars Erik Moen");
        assertThat(a.getSource()).isEqualTo("Fish Farming Today");
    }
}
