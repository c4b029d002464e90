package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-sixth held-out round (x1389-x1394), on other inputs: a mailing's archived
 * page (Mailchimp's campaign archive); wires' sign-offs, "/ritzau/" and "(Hina) ms"; an agency's logo over its name
 * written out and its English service's label (Hina's).
 */
class NewsletterArchivesAndWireSignOffsShapesTest {

    @Test
    void shouldReadAMailingsArchivedPageByItsSubjectNameAndIssueLine() {
        Article a = file("<html><head><title>Valley Weekly: old bridge closes to cars</title></head><body><table><tr><td>"
                + "<h1>Valley Weekly</h1><p>News from the valley · Issue 12 · 1 December 2026</p></td></tr><tr><td>"
                + "<h2>Old bridge closes to cars</h2>" + HTML_BODY + "</td></tr></table></body></html>", "archive.html");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSource()).isEqualTo("Valley Weekly");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void shouldCreditAnAgencysSlashedSignOffAndDropItsEditorsInitials() {
        Article ritzau = parse("Old bridge closes to cars\n\n" + BODY + "\n\n/ritzau/");
        Article hina = parse("Old bridge closes to cars\n\n" + BODY + "\n\n(Hina) ms");
        assertThat(ritzau.getSource()).isEqualTo("Ritzau");
        assertThat(allText(ritzau)).doesNotContain("/ritzau/");
        assertThat(allText(hina)).contains("cyclists welcomed it").doesNotContain("(Hina) ms");
    }

    @Test
    void shouldTakeAnAgencysNameWrittenOutOverItsEnglishServicesLabel() {
        Article a = parse("VALA\nValley News Agency\n\nNews in English\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Valley News Agency");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSection()).isNull();
    }
}
