package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-ninety-third held-out round (x1191-x1196), on other inputs: NewsCatcher's
 * {@code name_source}; a writer's "Feedback:" address closing the story; a paper's line about itself with its plea
 * ("... is an independent newspaper. Support our journalism.").
 */
class SourceNamesAndFeedbackLinesShapesTest {

    private static final String TOP = HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY;

    @Test
    void shouldTakeNewsCatchersNameSourceAsTheSource() {
        Article a = file("{\"articles\": [{\"title\": \"" + HEADLINE + "\", \"content\": \"" + BODY.replace("\n", "\\n")
                + "\", \"published_date\": \"2026-11-30 03:20:00\", \"name_source\": \"The Harbour Post\","
                + " \"domain_url\": \"harbourpost.example\"}]}", "news.json");
        assertThat(a.getSource()).isEqualTo("The Harbour Post");
    }

    @Test
    void shouldDropTheWritersFeedbackAddress() {
        Article a = parse(TOP + "\n\nFeedback: aoife.brennan@harbourpost.example");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Feedback", "@harbourpost");
    }

    @Test
    void shouldDropThePapersLineAboutItselfWithItsPlea() {
        Article a = parse(TOP + "\n\nThe Harbour Post is an independent newspaper. Support our journalism.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("independent newspaper");
    }

    @Test
    void shouldKeepAStorySentenceAboutSupportingJournalism() {
        Article a = parse(TOP + "\n\nThe foundation said it would support independent journalism in the region with"
                + " grants of up to 20,000 euros.");
        assertThat(allText(a)).contains("support independent journalism in the region");
    }
}
