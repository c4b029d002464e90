package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eightieth held-out round (x1113-x1118), on other inputs: a mailed release from an
 * organisation's press desk under its "PRESS RELEASE" label; a paper's own news service credited under the headline
 * ("Himalayan News Service" at The Himalayan Times) and a town's dateline alone on its line with a day and no year;
 * a print-edition note and SPIP's "Voir en ligne"; a category's link after "Category:" in its own element (Joomla's).
 */
class PressDesksAndOwnServicesShapesTest {

    @Test
    void shouldTakeTheOrganisationOfAPressDeskAndTheReleasesLabelAsItsSection() {
        Article a = parse("From: Harbour Board Media Relations <media@harbourboard.example>\nDate: Mon, 30 Nov 2026 09:00:00 +0000\nSubject: "
                + HEADLINE + "\n\nPRESS RELEASE\nFor immediate release: 30 November 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Harbour Board");
        assertThat(a.getSection()).isEqualTo("Press release");
        assertThat(allText(a)).contains("split the town").doesNotContain("PRESS RELEASE");
    }

    @Test
    void shouldKeepTheMastheadOverItsOwnNewsServiceAndDropALoneDateline() {
        Article a = parse("The Coastal Tribune\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\nCoastal News Service\nPublished: 09:10 am Nov 30, "
                + "2026\n\nHARBOURTOWN, NOVEMBER 30\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Coastal Tribune");
        assertThat(allText(a)).contains("split the town").doesNotContain("HARBOURTOWN");
    }

    @Test
    void shouldDropAPrintEditionNoteAndAnOnlineLink() {
        Article a = parse(HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY + "\n\nA version of this article appears in the print on "
                + "December 1, 2026, of The Coastal Tribune.\n\nVoir en ligne : Le Courrier du Port");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("print on", "Voir en ligne");
    }

    @Test
    void shouldTakeACategoryLinkAfterItsLabelInItsOwnElement() {
        Article a = file("<html><body><article><h1>" + HEADLINE + "</h1><dl class=\"article-info\"><dd class=\"category-name\">Category: <a "
                + "href=\"/index.php/harbour\">Harbour</a></dd></dl>" + HTML_BODY + HTML_BODY + "</article></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("Harbour");
    }
}
