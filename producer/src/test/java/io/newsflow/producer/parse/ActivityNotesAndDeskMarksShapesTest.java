package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventieth held-out round (x1653-x1658), on other inputs: an ActivityPub note in its
 * Create activity; a trail of two crumbs under an arrow whose first has a name's shape ("Southern States > Telangana");
 * a desk credited by the paper's initials ("TBS Report"); a paper's name and its editor's initials closing the story;
 * "Read the latest news from ...".
 */
class ActivityNotesAndDeskMarksShapesTest {

    @Test
    void shouldReadANotesBoldHeadlineAndHashtagsWhenAnActivityCreatesIt() {
        Article a = file("{\"type\": \"Create\", \"actor\": \"https://example.org/users/ledger\", \"object\": {\"type\": \"Note\", "
                + "\"published\": \"2026-12-05T13:45:12Z\", \"attributedTo\": \"https://example.org/users/ledger\", \"content\": \"<p><strong>"
                + "Old bridge closes to cars</strong></p>" + PageFurnitureShapesTest.HTML_BODY.replace("\"", "\\\"") + "\", \"tag\": "
                + "[{\"type\": \"Hashtag\", \"name\": \"#bridges\"}]}}", "note.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getSection()).isEqualTo("Bridges");
    }

    @Test
    void shouldReadATrailUnderAnArrowWhoseFirstCrumbHasANamesShape() {
        Article a = parse("Riverside Chronicle\n\nNation | World | Southern States | Sports\n\nSouthern States > Telangana\n\n"
                + "Old bridge closes to cars after cracks found\n\nDC Correspondent\n5 December 2026 9:12 AM\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars after cracks found");
        assertThat(a.getSection()).isEqualTo("Southern States");
    }

    @Test
    void shouldKeepTheMastheadWhenItsInitialsCreditTheDesk() {
        Article a = parse("The Riverside Standard\n\nEconomy | Bangladesh | Stocks | Sports\n\nOld bridge closes to cars after cracks found\n\n"
                + "TRS Report\n05 December, 2026, 11:20 am\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Riverside Standard");
    }

    @Test
    void shouldDropThePapersEditorMarkAndAPointerToItsLatestNews() {
        Article a = parse("Riverside Post\n\nHome | National | Sports\n\nOld bridge closes to cars after cracks found\n\nStaff Correspondent\n"
                + "Published : 05 Dec 2026 08:30 PM\n\n" + BODY + "\n\nRead the latest news from Riverside\n\nRiverside Post/SR\n");
        assertThat(allText(a)).doesNotContain("Riverside Post/SR", "Read the latest news");
    }
}
