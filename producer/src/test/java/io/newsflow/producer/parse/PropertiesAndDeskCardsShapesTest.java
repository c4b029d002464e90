package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;

/**
 * Shapes met in the hundred-and-eighty-second held-out round (x1125-x1130), on other inputs: a content system's
 * properties each a value and its type (Optimizely's content delivery API); a blog's name before the post's title in
 * the window title and the title again in the post's own heading (a Tumblr theme's); a paper's desk credit ("Saudi
 * Gazette report") and a town and country on the stamp's card; a paper's initials and town ("TDT | Manama") over its
 * name and web address.
 */
class PropertiesAndDeskCardsShapesTest {

    @Test
    void shouldReadPropertiesAsTheirValues() {
        Article a = file("{\"name\": \"" + HEADLINE + "\", \"startPublish\": \"2026-11-30T06:00:00Z\", \"category\": {\"value\": [{\"id\": 3, "
                + "\"name\": \"harbour\", \"description\": \"Harbour\"}], \"propertyDataType\": \"PropertyCategory\"}, \"teaserText\": {\"value\": "
                + "\"The old bridge closes to cars.\", \"propertyDataType\": \"PropertyLongString\"}, \"mainBody\": {\"value\": \"" + HTML_BODY
                + "\", \"propertyDataType\": \"PropertyXhtmlString\"}, \"author\": {\"value\": \"Owen Pryce\", \"propertyDataType\": "
                + "\"PropertyLongString\"}}", "content.json");
        assertThat(a.getAuthors()).containsExactly("Owen Pryce");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Harbour");
        assertThat(a.getLead()).isEqualTo("The old bridge closes to cars.");
        assertThat(allText(a)).contains("split the town").doesNotContain("PropertyXhtmlString");
    }

    @Test
    void shouldTakeTheBlogsNameBeforeTheTitleAndDropTheTitlesHeading() {
        Article a = file("<html><head><title>Quarry Lane Gardens — " + HEADLINE + "</title><meta property=\"og:title\" content=\"" + HEADLINE
                + "\"></head><body><article class=\"post text\"><h2 class=\"title\"><a href=\"/post/1\">" + HEADLINE + "</a></h2><div class=\"body-text\">"
                + HTML_BODY + HTML_BODY + "</div></article></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Quarry Lane Gardens");
        assertThat(a.getBody().stream().map(BodyBlock::getText)).doesNotContain(HEADLINE);
    }

    @Test
    void shouldTakeAPapersReportCreditAndATownAndCountryOnItsCardAsNoText() {
        Article a = parse("The Harbour Times\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\nHarbour Times report\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
        assertThat(allText(a)).contains("split the town").doesNotContain("report");
        Article card = parse("The Harbour Times\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\nThe Harbour Times\nValletta, Malta\n"
                + "Published: 30 Nov 2026 - 09:15 am\n\n" + BODY);
        assertThat(allText(card)).contains("split the town").doesNotContain("Valletta");
    }

    @Test
    void shouldReadAPapersInitialsAndTownAndItsNameWithItsAddress() {
        Article a = parse("Island News\nHome\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\nHT | Port Louis\nThe Harbour Times – "
                + "www.harbourtimes.example\n30 November 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
        assertThat(a.getSection()).isNull();
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }
}
