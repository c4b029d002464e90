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
 * Shapes met in the hundred-and-ninety-first held-out round (x1179-x1184), on other inputs: a news search API's
 * provider as a list of organisations (Bing News's {@code "provider": [{"name": ...}]}); related headlines closing a
 * page, each alone in its block.
 */
class ProviderListsAndClosingHeadlinesShapesTest {

    private static final String PAGE = HEADLINE + "\n\nBy Aoife Brennan\nNovember 30, 2026\n\n" + BODY + "\n\nRead more\n\n"
            + "Ferry fares frozen for island residents\n\n";

    @Test
    void shouldTakeTheFirstProviderOfAListAsTheSource() {
        Article a = file("{\"value\": [{\"name\": \"" + HEADLINE + "\", \"description\": \"" + BODY.replace("\n", " ")
                + "\", \"provider\": [{\"_type\": \"Organization\", \"name\": \"The Harbour Post\"}],"
                + " \"datePublished\": \"2026-11-30T09:14:00.0000000Z\", \"category\": \"Business\"}]}", "news.json");
        assertThat(a.getSource()).isEqualTo("The Harbour Post");
        assertThat(a.getSection()).isEqualTo("Business");
    }

    @Test
    void shouldDropRelatedHeadlinesEachAloneInItsBlockWhenFurnitureFollows() {
        Article a = parse(PAGE + "Harbour bridge to close for repairs in spring\n\nSubscribe to our newsletter");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Ferry fares", "Harbour bridge to close");
    }

    @Test
    void shouldDropRelatedHeadlinesEachAloneInItsBlockWhenThePageEnds() {
        Article a = parse(PAGE + "Harbour bridge to close for repairs in spring");
        assertThat(allText(a)).doesNotContain("Ferry fares", "Harbour bridge to close");
    }

    @Test
    void shouldKeepASubheadingAfterARelatedHeadlineWhenTheStoryGoesOn() {
        Article a = parse(PAGE + "What happens next\n\nThe council will publish the final plan in the spring, after a"
                + " second round of consultation with residents.");
        assertThat(allText(a)).contains("What happens next", "The council will publish the final plan")
                .doesNotContain("Ferry fares");
    }
}
