package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twentieth held-out round (x1353-x1358), on other inputs: a plain copy of the text
 * beside its markup (October CMS's "content" and "content_html"); a weekly's line of when it comes out and its kind
 * ("Published every Friday", "Norfolk Island's weekly newspaper"); a saint's name shouted in a masthead; "— Report by
 * <name>" closing the story.
 */
class WeeklyMastheadsAndMarkupCopiesShapesTest {

    @Test
    void shouldReadTheMarkupWhenAPlainCopyOfTheTextStandsBesideIt() {
        Article a = file("{\"data\": {\"title\": \"Old bridge closes to cars\", \"content\": \"The council voted on Tuesday.\", \"content_html\": \""
                + HTML_BODY + "\", \"published_at\": \"2026-12-01 09:30:00\", \"user\": {\"first_name\": \"Ana\", \"last_name\": \"Ruiz\"}}}",
                "post.json");
        assertThat(allText(a)).contains("cyclists welcomed it");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldTakeNeitherAWeeklysDayNorItsKindForTheHeadline() {
        for (String tagline : List.of("Published every Friday", "Out every Thursday", "Norfolk Island's weekly newspaper")) {
            Article a = parse("The Valley Post\n" + tagline + "\n\nOld bridge closes to cars\n\n" + BODY);
            assertThat(a.getTitle()).as(tagline).isEqualTo("Old bridge closes to cars");
            assertThat(allText(a)).as(tagline).doesNotContain(tagline);
        }
    }

    @Test
    void shouldWriteASaintsNameInAShoutedMastheadAsAWord() {
        Article a = parse("ST KILDA HERALD\nPublished every Friday\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("St Kilda Herald");
    }

    @Test
    void shouldReadAClosingReportByLineAsTheByline() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\n— Report by Ana Ruiz");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(allText(a)).doesNotContain("Report by");
    }
}
