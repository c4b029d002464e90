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
 * Shapes met in the hundred-and-ninetieth held-out round (x1173-x1178), on other inputs: a paper's desk credited with
 * the agencies ("The New Arab Staff & Agencies") and a follow plea closing the page; "Similar Stories" over other
 * headlines; WordPress's REST answer whose author is an id, Yoast's fields naming the writer.
 */
class StaffAgenciesAndYoastAuthorsShapesTest {

    @Test
    void shouldTakeThePapersStaffAndAgenciesAsItsOwnCreditAndDropAFollowPlea() {
        Article a = parse("The Harbour Post\nNews\nSport\nOpinion\nBusiness\n\n" + HEADLINE + "\n\nThe Harbour Post Staff & Agencies\nNovember 30, 2026\n\n"
                + BODY + "\n\nFollow us on Facebook, Twitter and Instagram to stay connected");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("The Harbour Post");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Staff & Agencies", "Follow us");
    }

    @Test
    void shouldDropSimilarStories() {
        Article a = parse(HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY + "\n\nSimilar Stories\nFerry fares frozen for island residents");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Similar Stories", "Ferry fares");
    }

    @Test
    void shouldTakeYoastsWriterWhenWordPressGivesAnId() {
        Article a = file("{\"id\": 50218, \"date_gmt\": \"2026-11-30T08:00:00\", \"title\": {\"rendered\": \"" + HEADLINE + "\"}, \"content\": {\"rendered\": \""
                + HTML_BODY + "\"}, \"author\": 14, \"yoast_head_json\": {\"og_site_name\": \"Harbour Post\", \"author\": \"Tom Hale\"}}", "post.json");
        assertThat(a.getAuthors()).containsExactly("Tom Hale");
        assertThat(a.getSource()).isEqualTo("Harbour Post");
    }
}
