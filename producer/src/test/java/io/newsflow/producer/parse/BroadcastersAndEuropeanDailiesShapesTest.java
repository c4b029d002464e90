package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the ninety-fourth held-out round (x601-x606), each on other names and days: a broadcaster's page
 * titled "Name - Breaking News, ..." over its menu, a writer's role and handle under a bare name, a radio
 * programme's credit, a shouted or article-led site name alone over the block of a section and the headline, a
 * section over a topic's kicker closed by a colon, sources glued to a stamp, and update-only stamps and related
 * labels in more spellings.
 */
class BroadcastersAndEuropeanDailiesShapesTest {

    @Test
    void shouldReadTheSiteAndNoSectionWhenThePageTitleHeadsTheMenu() {
        Article a = parse("Skip to content\nHarbour Radio - Latest News, Sport & Weather\nWatch Live\nHome\nUK\nWorld\n"
                + "Business\nScience\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Radio");
        assertThat(a.getSection()).isNull();
    }

    @Test
    void shouldDropTheWritersRoleWhenItStandsUnderABareName() {
        Article a = parse(HEADLINE + "\n\nA standfirst that sums the story up in one sentence for the reader.\n\n"
                + "Tomas Ferreira\nBusiness reporter @tomasferreira\nMonday 9 March 2026 10:15, UK\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Tomas Ferreira");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-03-09T10:15:00Z"));
        assertThat(a.getBody().toString()).doesNotContain("@tomasferreira", "Business reporter");
    }

    @Test
    void shouldReadTheSiteAndSectionWhenAShoutedNameStandsOverTheSectionBlock() {
        Article a = parse("WXRT\nSections\nDonate\n\nScience\n" + HEADLINE + "\n\nMarch 9, 2026 6:10 AM ET\n\n"
                + "Heard on Morning Edition\n\nDana Whitfield\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("WXRT");
        assertThat(a.getSection()).isEqualTo("Science");
        assertThat(a.getAuthors()).containsExactly("Dana Whitfield");
        assertThat(a.getLead() + a.getBody()).doesNotContain("Heard on");
    }

    @Test
    void shouldReadTheSiteWhenItsNameOpensWithALowerCaseArticle() {
        Article a = parse("il Piccolo\nAbbonati\nAccedi\n\nEconomia\n" + HEADLINE + "\n\ndi Marta Bellini\n9 Marzo 2026\n\n"
                + "Ascolta articolo\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("il Piccolo");
        assertThat(a.getSection()).isEqualTo("Economia");
        assertThat(a.getBody().toString()).doesNotContain("Ascolta");
    }

    @Test
    void shouldReadTheSectionAndHeadlineWhenATopicsKickerStandsBetween() {
        Article a = parse("Politik\nLandtagswahl:\nWahlbeteiligung in Thüringen erreicht neuen Höchststand\n\n"
                + "Aktualisiert am 9. März 2026, 10:15 Uhr Quelle: dpa, AFP\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Wahlbeteiligung in Thüringen erreicht neuen Höchststand");
        assertThat(a.getSection()).isEqualTo("Politik");
        assertThat(a.getPublishedAt()).isNull(); // an update-only stamp gives no publication date
        assertThat(a.getBody().toString()).doesNotContain("Quelle", "Aktualisiert");
    }

    @Test
    void shouldGiveNoDateWhenOnlyAFeminineUpdateStampIsWritten() {
        Article a = parse(HEADLINE + "\n\nMarta Ruiz\nActualizada 09/03/2026 10:15\n\n" + BODY);
        assertThat(a.getPublishedAt()).isNull();
        assertThat(a.getBody().toString()).doesNotContain("Actualizada");
    }

    @Test
    void shouldDropRelatedLinksWhenTheirLabelIsWrittenWithoutItsAccentOrNamesTheSite() {
        Article french = parse(HEADLINE + "\n\n" + BODY + "\n\nA lire aussi\nLe port de Sète prévoit un nouveau quai\n\n"
                + "Le conseil a voté le projet mardi soir.");
        assertThat(french.getBody().toString()).doesNotContain("A lire aussi", "nouveau quai");
        Article english = parse(HEADLINE + "\n\n" + BODY + "\n\nRead more from Harbour Radio:\nFerry fares to rise in spring\n\n"
                + "The operator said the change would take effect in May.");
        assertThat(english.getBody().toString()).doesNotContain("Read more", "Ferry fares");
        assertThat(english.getSource()).isEqualTo("Harbour Radio");
    }
}
